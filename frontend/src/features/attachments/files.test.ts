import { describe, expect, it } from 'vitest';
import { ruleKey } from '../../lib/errors';
import { attachmentRuleKey, formatSize, isAcceptedType, MAX_FILE_BYTES, precheckFiles, typeOf, withUploadField } from './files';

const file = (name: string, type: string, size = 1000) => ({ name, type, size });

describe('attachment pre-checks', () => {
  it('accept JPEG, PNG, WebP photos and PDFs, by type or else by extension', () => {
    expect(isAcceptedType(file('a.jpg', 'image/jpeg'))).toBe(true);
    expect(isAcceptedType(file('a.webp', 'image/webp'))).toBe(true);
    expect(isAcceptedType(file('a.pdf', 'application/pdf'))).toBe(true);
    expect(isAcceptedType(file('scan.PDF', ''))).toBe(true);
    expect(typeOf(file('IMG_1.JPEG', ''))).toBe('image/jpeg');
    expect(isAcceptedType(file('a.gif', 'image/gif'))).toBe(false);
    expect(isAcceptedType(file('a.heic', ''))).toBe(false);
    expect(isAcceptedType(file('notes.txt', 'text/plain'))).toBe(false);
  });

  it('refuse wrong types, empty and oversized files, and files past ten', () => {
    const { accepted, rejected } = precheckFiles(8, [
      file('ok1.png', 'image/png'),
      file('doc.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
      file('huge.jpg', 'image/jpeg', MAX_FILE_BYTES + 1),
      file('empty.pdf', 'application/pdf', 0),
      file('edge.jpg', 'image/jpeg', MAX_FILE_BYTES),
      file('eleventh.png', 'image/png'),
    ]);
    expect(accepted.map((f) => f.name)).toEqual(['ok1.png', 'edge.jpg']);
    expect(rejected).toEqual([
      { name: 'doc.docx', reason: 'type' },
      { name: 'huge.jpg', reason: 'size' },
      { name: 'empty.pdf', reason: 'empty' },
      { name: 'eleventh.png', reason: 'count' },
    ]);
  });

  it('count the files a ticket carries already', () => {
    expect(precheckFiles(0, [file('a.png', 'image/png')], { maxFiles: 0 }).rejected).toEqual([{ name: 'a.png', reason: 'count' }]);
  });

  it('write sizes for people', () => {
    expect(formatSize(512, 'en')).toBe('512 B');
    expect(formatSize(2048, 'en')).toBe('2 KB');
    expect(formatSize(MAX_FILE_BYTES, 'en')).toBe('10 MB');
    expect(formatSize(2.5 * 1024 * 1024, 'zh-CN')).toBe('2.5 MB');
  });
});

describe('the server’s attachment errors', () => {
  it('are translated when they are known rules', () => {
    expect(attachmentRuleKey('“photo.jpg” is larger than 10 MB')).toEqual({ key: 'errors.rule.fileTooLarge', values: { name: 'photo.jpg', max: '10' } });
    expect(attachmentRuleKey('attach at most 10 files')).toEqual({ key: 'errors.rule.tooManyFiles', values: { max: '10' } });
    expect(attachmentRuleKey('a ticket carries at most 10 files; this one has 9 already')).toEqual({
      key: 'errors.rule.ticketFilesFull',
      values: { max: '10', existing: '9' },
    });
    expect(attachmentRuleKey('“a.gif”: only JPEG, PNG and WebP photos and PDF documents can be attached (this file is image/gif)')).toEqual({
      key: 'errors.rule.fileType',
      values: { name: 'a.gif' },
    });
    expect(attachmentRuleKey('“x.png”: the file is damaged or not a real PNG')).toEqual({ key: 'errors.rule.fileDamaged', values: { name: 'x.png' } });
    expect(attachmentRuleKey('something new')).toBeUndefined();
  });

  it('are translated on the attachments field only', () => {
    expect(ruleKey({ message: 'attach at most 10 files', field: 'attachments' })?.key).toBe('errors.rule.tooManyFiles');
    expect(ruleKey({ message: 'attach at most 10 files', field: 'title' })).toBeUndefined();
  });

  it('of a refused multipart request (no field) are placed on the upload field', () => {
    const placed = withUploadField([
      { code: 'BAD_USER_INPUT', message: 'a file is larger than 10 MB, or there are more than 10 files' },
      { code: 'BAD_USER_INPUT', message: 'must not be empty', field: 'title' },
      { code: 'RATE_LIMITED', message: 'slow down' },
    ]);
    expect(placed.map((p) => p.field)).toEqual(['attachments', 'title', undefined]);
    expect(ruleKey(placed[0])).toEqual({ key: 'errors.rule.uploadTooLarge', values: { max: '10', count: '10' } });
  });
});
