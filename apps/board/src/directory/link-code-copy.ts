/** The message that carries a link code to the responder's current phone or LINE. */
export function linkCodeText(language: string | undefined, code: string, minutes: number): string {
  return language === 'th'
    ? `รหัสเชื่อมบัญชีระบบแจ้งเหตุของท่าน: ${code} ส่ง "LINK ${code}" จาก LINE หรือโทรศัพท์ที่จะรับแจ้งเหตุ ภายใน ${minutes} นาที ถ้าท่านไม่ได้ขอ โปรดแจ้งผู้ประสานงาน`
    : `Your rescue alert link code: ${code}. Send "LINK ${code}" from the LINE account or phone that should get alerts, within ${minutes} minutes. If you did not ask for it, tell your coordinator.`;
}
