/**
 * Choosing photos and documents to send with a form. The files stay in the browser until the
 * form is sent (antd Upload with `beforeUpload` returning LIST_IGNORE: nothing is uploaded on its
 * own); they go with the mutation as a multipart request. Wrong types, empty or oversized files
 * and files past the limit are refused at once, with the reason next to the field.
 *
 * A controlled form control: `value` is the list of File objects.
 */
import { DeleteOutlined, FileImageOutlined, FilePdfOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Button, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCEPT_ATTRIBUTE, formatSize, isImageType, MAX_FILE_BYTES, MAX_FILES, precheckFiles, typeOf, type Rejected } from './files';
import '../../styles/matters.css';

export function AttachmentPicker({
  id,
  value,
  onChange,
  existing = 0,
  'aria-describedby': describedBy,
}: {
  id?: string;
  value?: File[];
  onChange?: (files: File[]) => void;
  /** Files the ticket carries already (they count towards the limit). */
  existing?: number;
  'aria-describedby'?: string;
}) {
  const { t, i18n } = useTranslation();
  const files = value ?? [];
  const [rejected, setRejected] = useState<Rejected[]>([]);
  const room = Math.max(0, MAX_FILES - existing);
  const full = files.length >= room;

  const add = (batch: File[]) => {
    const { accepted, rejected: refused } = precheckFiles(files.length, batch, { maxFiles: room });
    setRejected(refused);
    if (accepted.length > 0) onChange?.([...files, ...accepted]);
  };
  const remove = (i: number) => {
    setRejected([]);
    onChange?.(files.filter((_, j) => j !== i));
  };

  return (
    <div className="ms-attachments-picker">
      <Upload
        multiple
        accept={ACCEPT_ATTRIBUTE}
        showUploadList={false}
        disabled={full}
        beforeUpload={(file, batch) => {
          // Called once per file; the whole batch is checked together, at its first file.
          if (file === batch[0]) add(batch);
          return Upload.LIST_IGNORE;
        }}
      >
        <Button id={id} icon={<PaperClipOutlined aria-hidden />} disabled={full} aria-label={t('attachments.choose')} aria-describedby={describedBy}>
          {t('attachments.choose')}
        </Button>
      </Upload>
      <p className="ms-muted ms-attachments-limits">
        {t('attachments.limits', { count: MAX_FILES, size: formatSize(MAX_FILE_BYTES, i18n.language) })}
      </p>
      {files.length > 0 ? (
        <ul className="ms-attachments-chosen" aria-label={t('attachments.chosen', { count: files.length })}>
          {files.map((f, i) => (
            <li key={`${f.name}-${f.size}-${i}`}>
              {isImageType(typeOf(f)) ? <FileImageOutlined aria-hidden /> : <FilePdfOutlined aria-hidden />}
              <span className="ms-attachment-name">{f.name}</span>
              <span className="ms-muted">{formatSize(f.size, i18n.language)}</span>
              <Button icon={<DeleteOutlined aria-hidden />} onClick={() => remove(i)} aria-label={t('attachments.remove', { name: f.name })}>
                {t('attachments.removeShort')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <div aria-live="polite">
        {rejected.length > 0 ? (
          <ul className="ms-attachments-rejected">
            {rejected.map((r, i) => (
              <li key={`${r.name}-${i}`}>{t(`attachments.rejected.${r.reason}`, { name: r.name, count: room, size: formatSize(MAX_FILE_BYTES, i18n.language) })}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
