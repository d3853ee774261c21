/** The kinds of evidence Kepu keeps, told apart by their first bytes: a name or a declared type proves nothing. */
const signatures = [
  { contentType: 'application/pdf', extension: 'pdf', matches: (bytes: Buffer) => bytes.subarray(0, 5).toString('latin1') === '%PDF-' },
  {
    contentType: 'image/png',
    extension: 'png',
    matches: (bytes: Buffer) => bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  { contentType: 'image/jpeg', extension: 'jpg', matches: (bytes: Buffer) => bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
    // A ZIP whose entries include the workbook part: a .docx or any other ZIP is not a sheet. ZIP entry
    // names are stored uncompressed in each local header, so finding them needs no inflating.
    matches: (bytes: Buffer) =>
      bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) &&
      bytes.includes('[Content_Types].xml') &&
      bytes.includes('xl/workbook.xml'),
  },
] as const;

export type EvidenceType = (typeof signatures)[number];

/** What evidence may be sent and comes back as. */
export const evidenceMediaTypes = signatures.map((signature) => signature.contentType);

export const evidenceTypeOf = (bytes: Buffer): EvidenceType | undefined => signatures.find((signature) => signature.matches(bytes));

/** Evidence above this is refused before it is read: a scanned document or a year's sheet is far smaller. */
export const maxEvidenceBytes = 10 * 1024 * 1024;
