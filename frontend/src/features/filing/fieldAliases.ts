/**
 * The server names some filing inputs by their domain names in BAD_USER_INPUT errors; these map
 * them to the form's fields, so each error still appears next to its field.
 */
export const FILING_FIELD_ALIASES: Readonly<Record<string, string>> = {
  name: 'contactName',
  email: 'contactEmail',
  phone: 'contactPhone',
  lat: 'address',
  long: 'address',
  latitude: 'address',
  longitude: 'address',
  relationship: 'relationship',
  'onBehalfOf.relationship': 'relationship',
};
