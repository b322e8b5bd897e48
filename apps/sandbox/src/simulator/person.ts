/** Someone the phone simulator can act as: a responder from the directory or a member of the public. */
export interface Person {
  id: string;
  name: string;
  kind: 'responder' | 'reporter';
  roles: string[];
  languages: string[];
  sms?: string;
  line?: string;
  /** A typical first message, offered in the composer. */
  sample?: string;
}
