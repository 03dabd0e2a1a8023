// The Czech government design system (its fonts, tokens and component styles for plain HTML/React), then ours.
import "@gov-design-system-ce/fonts/lib/roboto.css";
import "@gov-design-system-ce/styles/html/tokens.css";
import "@gov-design-system-ce/styles/html/styles.css";
import "@gov-design-system-ce/styles/html/components.css";
import "./console.css";
