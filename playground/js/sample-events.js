// A sample event for each event type, as the platform would publish it (validate.event input):
// the data a receiver of that family sees, with the fields the MailUp parameters read.
const FAMILY_DATA = {
  recipient: (i) => ({ email: `ada${i ? `+${i}` : ''}@example.com`, list_id: '42', prefix: '+39', number: '3331234567',
    groups: ['news', 'offers'], channel: 0, id_console: '12345', id_nl: '7', reason: 'user request' }),
  mailing: (i) => ({ mailing_id: 100 + i, subject: 'November news', recipients: 1200 }),
  message: (i) => ({ member_id: 500 + i, mailing_id: 100, email: `ada${i ? `+${i}` : ''}@example.com`,
    link: 'https://example.com/offer?a=1&b=2', device: 'desktop' }),
};

function familyOf(type) {
  if (/mailing_|import_/.test(type)) return 'mailing';
  if (/message_|^open$|^click$|^bounce$/.test(type)) return 'message';
  return 'recipient';
}

// Fixed event time per page view so every preview of one view signs the same bytes.
export function sampleEvent(type, index, occurredAt) {
  return { type, occurred_at: occurredAt, source: 'api', list_id: '42', data: FAMILY_DATA[familyOf(type)](index) };
}
