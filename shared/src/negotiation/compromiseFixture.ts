// Test fixture: the Ukraine scenario's compromise package, a clause per issue that crosses no
// party's red line (its Article-5-like guarantee needs the North Atlantic Council's consensus).
export const COMPROMISE_TEXT: Readonly<Record<string, string>> = {
  'line-of-contact': 'freeze-current-line',
  'dmz-width': 'dmz-10km',
  'army-cap': 'cap-800k',
  'nato-membership': 'defer',
  'security-guarantees': 'article-5-like',
  'reassurance-size': 'mnf-15000',
  'reassurance-lead': 'uk-france-lead',
  'reassurance-mandate': 'train-and-reassure',
  'sanctions-relief': 'staged-with-snapback',
  'frozen-assets': 'stay-frozen',
  'eu-loan': 'disburse-90bn',
  'prisoner-exchange': 'all-for-all',
  elections: 'referendum-60-days',
  'zaporizhzhia-plant': 'international-operation',
  monitoring: 'us-led-monitoring',
};
