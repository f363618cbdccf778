import { Component, type ErrorInfo, type ReactNode } from 'react';

export type Failure = { error: unknown; reset: () => void };

type Props = {
  children: ReactNode;
  /** What to show instead of the children once one of them threw. */
  fallback: (failure: Failure) => ReactNode;
  /** A new value clears the failure: the user went elsewhere, or another card is on screen. */
  resetKey?: unknown;
  onError?: (error: unknown, info: ErrorInfo) => void;
};

type State = { failure: { error: unknown } | null; resetKey: unknown };

/** Catches what its children throw while rendering (a render or live-query error). */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failure: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { failure: { error } };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return Object.is(props.resetKey, state.resetKey)
      ? null
      : { failure: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError?.(error, info);
  }

  private readonly reset = () => this.setState({ failure: null });

  override render(): ReactNode {
    const { failure } = this.state;
    if (failure === null) return this.props.children;
    return this.props.fallback({ error: failure.error, reset: this.reset });
  }
}
