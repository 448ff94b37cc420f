import { Component, type ComponentChildren } from 'preact';

interface Props {
  /** Shown instead of the children after they failed to render; `retry` renders them again. */
  fallback: (retry: () => void) => ComponentChildren;
  children: ComponentChildren;
}

/** Turns a failure in rendering the panel into a message, so the rest of the widget (and the page) goes on. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  override componentDidCatch(error: unknown): void {
    console.error('FaqChat: the chat panel failed to render.', error);
    this.setState({ failed: true });
  }

  override render() {
    return this.state.failed ? this.props.fallback(() => this.setState({ failed: false })) : this.props.children;
  }
}
