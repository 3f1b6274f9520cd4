import { makeStyles } from "@fluentui/react-components";
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";

const useStyles = makeStyles({
  // Read by screen readers, not shown: the page shows its own confirmation where it belongs.
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

const AnnounceContext = createContext<(message: string) => void>(() => undefined);

/**
 * One polite live region for the whole hub. `useAnnounce()("Update posted.")` tells screen-reader
 * users what a save did without moving their focus.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const styles = useStyles();
  const [message, setMessage] = useState("");
  // Saying the same thing twice must be heard twice: clear, then set on the next frame.
  const announce = useCallback((text: string) => {
    setMessage("");
    requestAnimationFrame(() => setMessage(text));
  }, []);
  const value = useMemo(() => announce, [announce]);
  return (
    <AnnounceContext.Provider value={value}>
      {children}
      <div role="status" aria-live="polite" className={styles.hidden} data-testid="announcer">
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}
