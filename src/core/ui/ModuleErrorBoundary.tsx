import { Component, type ErrorInfo, type ReactNode } from "react";
import { ErrorState } from "./states";

interface Props {
  moduleTitle: string;
  children: ReactNode;
}

/** One module failing to render must not take the hub down; the rest of the navigation keeps working. */
export class ModuleErrorBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`Data Hub: the ${this.props.moduleTitle} module failed`, error, info.componentStack);
  }

  override render() {
    if (this.state.error) return <ErrorState error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
