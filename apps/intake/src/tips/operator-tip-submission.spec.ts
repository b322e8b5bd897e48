import { OperatorTipSubmission } from './operator-tip-submission';

const tip = (district?: string) => ({ text: 'Two girls locked in a karaoke back room', channel: 'hotline', location: { district, description: 'near the market' } });

describe('the district of an operator tip', () => {
  it.each(['mae-sai', 'Mae Sai', 'แม่สาย', 'อำเภอเชียงของ', 'Mae Sai District', 'unknown', 'Unknown'])('takes %s', (district) => {
    expect(OperatorTipSubmission.safeParse(tip(district)).success).toBe(true);
  });

  it('takes a tip without a district: the gazetteer reads the place from the text and the description', () => {
    expect(OperatorTipSubmission.safeParse(tip(undefined)).success).toBe(true);
  });

  it.each(['bangkok', 'Chiang Mai', 'xx'])('refuses %s, naming the field and listing the 18 districts', (district) => {
    const result = OperatorTipSubmission.safeParse(tip(district));
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0];
    expect(issue.path).toEqual(['location', 'district']);
    expect(issue.message).toContain(`"${district}" is not a district of Chiang Rai`);
    const listed = issue.message.match(/use one of (.*) \(/)![1].split(', ');
    expect(listed).toHaveLength(18);
    expect(listed).toContain('mae-sai');
  });
});
