import { Badge, Button, Card, CardHeader, Text, Title3 } from "@fluentui/react-components";
import { Add20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { formatDate } from "../../../core/domain/format";
import { useServices } from "../../../core/ui/services";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { FOCUS_GROUP_CAPABILITIES } from "../capabilities";
import { addRecord, loadRecords, saveRecord } from "../data/records-data";
import { ANSWER_FIELDS, answerDraftOf, answerValues, ANSWERED_STATUSES, checkAnswer, type Question, questionKind } from "../domain/question";
import { SampleBadge, useFocusStyles } from "./parts";
import { RecordDrawer, RecordEditor } from "./RecordDrawer";
import type { SectionProps } from "./section-props";
import { useRecords } from "./use-records";

const STATUS_COLOURS = { Open: "warning", "Being looked at": "informative", Answered: "success", "Not taken forward": "subtle" } as const;

function QuestionCard({ question, canReply, onReply }: { question: Question; canReply: boolean; onReply: () => void }) {
  const styles = useFocusStyles();
  return (
    <Card className={styles.card}>
      <CardHeader
        header={
          <Text as="h4" weight="semibold">
            {question.title}
          </Text>
        }
        description={<Text className={styles.meta}>{`${question.kind} from ${question.askedByName ?? "a colleague"}, ${formatDate(question.created)}`}</Text>}
      />
      {question.detail && (
        <Text as="p" className={styles.text}>
          {question.detail}
        </Text>
      )}
      <div className={styles.toolbar}>
        <Badge appearance="tint" color={STATUS_COLOURS[question.status]}>
          {question.status}
        </Badge>
        <SampleBadge title={question.title} />
      </div>
      {question.answer && (
        <Text as="p" className={styles.text}>
          <strong>{question.status === "Not taken forward" ? "Why not" : "Answer"}</strong>
          {question.answeredByName || question.answeredAt ? ` (${[question.answeredByName, question.answeredAt && formatDate(question.answeredAt)].filter(Boolean).join(", ")})` : ""}: {question.answer}
        </Text>
      )}
      {canReply && (
        <div>
          <Button size="small" onClick={onReply} aria-label={`Reply to ${question.title}`}>
            Reply
          </Button>
        </div>
      )}
    </Card>
  );
}

/** Questions and suggestions from anyone ("where can data be joined up?"), answered by the group. */
export function QuestionsSection({ today, me }: SectionProps) {
  const styles = useFocusStyles();
  const { sp, capabilities } = useServices();
  const questions = useRecords(() => loadRecords(sp, questionKind), [sp]);
  const [asking, setAsking] = useState(false);
  const [replying, setReplying] = useState<Question | null>(null);
  const [notice, setNotice] = useState("");
  const canReply = capabilities.has(FOCUS_GROUP_CAPABILITIES.contribute) && me !== null;

  return (
    <section aria-labelledby="questions-heading" className={styles.section}>
      <div className={styles.toolbar}>
        <Title3 as="h2" id="questions-heading">
          Questions and suggestions
        </Title3>
        <Button icon={<Add20Regular />} onClick={() => setAsking(true)}>
          Ask a question or make a suggestion
        </Button>
      </div>
      <Text as="p">Anyone can ask about data or suggest where it could be joined up. The focus group answers here.</Text>
      <Text role="status" aria-live="polite" className={styles.meta}>
        {notice}
      </Text>
      {questions.status === "loading" && <Loading label="Loading questions…" />}
      {questions.status === "error" && <ErrorState error={questions.error} onRetry={questions.reload} />}
      {questions.status === "ready" &&
        (questions.value.length === 0 ? (
          <EmptyState title="No questions or suggestions yet." />
        ) : (
          ([
            ["Waiting for an answer", questions.value.filter((q) => !ANSWERED_STATUSES.includes(q.status))],
            ["Answered", questions.value.filter((q) => ANSWERED_STATUSES.includes(q.status))],
          ] as const).map(([heading, list]) => (
            <section key={heading} aria-label={heading} className={styles.section}>
              <Text as="h3" size={400} weight="semibold">
                {heading} ({list.length})
              </Text>
              {list.length === 0 ? (
                <Text>None.</Text>
              ) : (
                <ul className={styles.cards}>
                  {[...list]
                    .sort((a, b) => b.id - a.id)
                    .map((q) => (
                      <li key={q.id}>
                        <QuestionCard question={q} canReply={canReply} onReply={() => setReplying(q)} />
                      </li>
                    ))}
                </ul>
              )}
            </section>
          ))
        ))}
      <RecordDrawer open={asking} title="Ask a question or make a suggestion" onClose={() => setAsking(false)}>
        {asking && (
          <RecordEditor<Question>
            record={null}
            fields={questionKind.fields}
            initialDraft={questionKind.draftOf(null, today)}
            check={questionKind.check}
            save={(draft) => addRecord(sp, questionKind, questionKind.valuesOf(draft))}
            submitLabel="Send"
            onCancel={() => setAsking(false)}
            onSaved={(q) => {
              setAsking(false);
              setNotice("Thank you: your question is with the focus group.");
              questions.upsert(q);
            }}
          />
        )}
      </RecordDrawer>
      <RecordDrawer open={replying !== null} title={replying ? `Reply: ${replying.title}` : "Reply"} onClose={() => setReplying(null)}>
        {replying && me !== null && (
          <RecordEditor<Question>
            record={replying}
            fields={ANSWER_FIELDS}
            initialDraft={answerDraftOf(replying)}
            check={checkAnswer}
            save={(draft, base) => saveRecord(sp, questionKind, base ?? replying, answerValues(draft, base ?? replying, new Date(), me))}
            submitLabel="Save the reply"
            onCancel={() => setReplying(null)}
            onSaved={(q) => {
              setReplying(null);
              setNotice(`Saved: “${q.title}” is ${q.status.toLowerCase()}.`);
              questions.upsert(q);
            }}
          />
        )}
      </RecordDrawer>
    </section>
  );
}
