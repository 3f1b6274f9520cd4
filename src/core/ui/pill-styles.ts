import { type GriffelStyle, tokens } from "@fluentui/react-components";

/**
 * A small outlined label (a status, a kind, a tag) that reads in all three Teams themes, and its
 * stronger form for what needs attention: a thicker, accessible-contrast outline and bold text, so
 * it does not rely on colour. Style fragments for a module's own makeStyles.
 */
export const PILL_STYLE: GriffelStyle = {
  display: "inline-flex",
  alignItems: "center",
  gap: tokens.spacingHorizontalXXS,
  padding: `0 ${tokens.spacingHorizontalS}`,
  borderRadius: tokens.borderRadiusCircular,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  color: tokens.colorNeutralForeground1,
  backgroundColor: tokens.colorNeutralBackground1,
  fontSize: tokens.fontSizeBase200,
  lineHeight: tokens.lineHeightBase300,
};

export const STRONG_PILL_STYLE: GriffelStyle = { border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStrokeAccessible}`, fontWeight: tokens.fontWeightSemibold };
