/**
 * Keeps a render error in one panel from blanking the app: the panel shows a short message (in
 * the UI language) and the rest keeps working. The error still reaches the console for the tests.
 */
import { Component, type ReactNode } from 'react';
import { useT } from '../i18n/useT';

function PanelError() {
  const { t } = useT();
  return (
    <div className="panel-error" role="alert">
      {t('panelError')}
    </div>
  );
}

export class ErrorBoundary extends Component<{ children: ReactNode; name: string }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    console.error(`panel "${this.props.name}" failed:`, error);
  }

  render() {
    return this.state.failed ? <PanelError /> : this.props.children;
  }
}
