import { PRINCIPLES, WHAT_NEXT_PRINCIPLE } from "../../core/domain/principles";
import type { ChannelViewDefinition } from "../../core/module";

const CHOICES = [...PRINCIPLES, WHAT_NEXT_PRINCIPLE].map((p) => ({ value: p.key, label: p.title }));

/** A channel tab of one principle's actions: `#/actions?principle=data-quality`. */
export const actionsChannelView: ChannelViewDefinition = {
  label: "The action tracker for one principle",
  fields: [{ kind: "choice", param: "principle", label: "Principle", placeholder: "Choose a principle", choices: CHOICES }],
  suggestedName: (values) => `Actions: ${CHOICES.find((c) => c.value === values.principle)?.label ?? values.principle}`,
};
