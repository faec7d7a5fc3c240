import { Body1, Caption1, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { FC } from "react";
import { useState } from "react";
import { useStrings } from "../i18n";
import type { IndicatorFlow } from "../useIndicators";
import FeedbackChoice from "./FeedbackChoice";
import { IndicatorProblems, type ProblemsWhere } from "./IndicatorParts";
import { column } from "./styles";

export interface UnitFeedbackPanelProps {
  flow: Pick<IndicatorFlow, "overview" | "draft" | "feedbackOutputs" | "feedback" | "makeFeedback">;
  where: ProblemsWhere;
}

const useStyles = makeStyles({
  root: column(tokens.spacingVerticalS),
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * "Feedback per eenheid" on an indicator framework: the group to set each unit beside (a column of
 * `Eenheden`) and which units (FeedbackChoice); the period, roll-up and smallest group are the
 * indicator options' above. One workbook per unit, the same as `netwerkmeter feedback kader.xlsx`
 * makes: a .zip in the browser, new workbooks or one sheet per unit in Excel.
 */
const UnitFeedbackPanel: FC<UnitFeedbackPanelProps> = ({ flow, where }) => {
  const styles = useStyles();
  const t = useStrings().unitFeedback;
  const [groupBy, setGroupBy] = useState("");
  const { overview } = flow;
  if (!overview) return null;
  const minCell = /^\s*\d+\s*$/.test(flow.draft.minCell) ? Number(flow.draft.minCell) : 5;
  return (
    <section className={styles.root} aria-label={t.title}>
      <Body1 as="p" className={styles.muted}>
        {t.intro}
      </Body1>
      <Caption1 as="p">{t.privacy(minCell)}</Caption1>
      <Caption1 as="p">{t.settingsNote}</Caption1>
      {overview.groupColumns.length > 0 ? (
        <Field label={t.groupBy}>
          <Select value={groupBy} onChange={(_e, data) => setGroupBy(data.value)}>
            <option value="">{t.groupByNone}</option>
            {overview.groupColumns.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <FeedbackChoice
        names={overview.units}
        outputs={flow.feedbackOutputs}
        ready
        onStart={(output, units) =>
          flow.makeFeedback({
            output,
            ...(groupBy !== "" ? { groupBy } : {}),
            ...(units ? { units } : {}),
          })
        }
        run={flow.feedback}
        problems={(issues) => <IndicatorProblems issues={issues} where={where} />}
        t={t}
      />
    </section>
  );
};

export default UnitFeedbackPanel;
