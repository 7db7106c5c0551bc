import { Button } from '@fluentui/react-components';
import { useTexts } from '../i18n.tsx';

export function ErrorNotice({ text, onRetry }: { text: string; onRetry: () => void }) {
  const { t } = useTexts();
  return (
    <div role="alert" className="notice">
      <p>{text}</p>
      <Button onClick={onRetry}>{t('retry')}</Button>
    </div>
  );
}
