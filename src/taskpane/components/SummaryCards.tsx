import {
  Badge,
  Body1,
  MessageBar,
  MessageBarBody,
  Caption1,
  Card,
  CardHeader,
  Subtitle2,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  PeopleTeam20Regular,
  PersonStar20Regular,
  ShieldCheckmark20Regular,
  Target20Regular,
} from "@fluentui/react-icons";
import type { FluentIcon } from "@fluentui/react-icons";
import type { FC, ReactNode } from "react";
import { useStrings } from "../i18n";
import type { RunSummary } from "../../app/host";
import { plainList } from "./styles";

export interface SummaryCardsProps {
  summary: RunSummary;
}

/**
 * Cronbach's alpha from which a scale counts as reliable enough. Compared after rounding to the two
 * decimals shown, so "0,70" never carries an "onder 0,70" badge.
 */
export const ALPHA_THRESHOLD = 0.7;

/**
 * Below this many networks the cards warn that the figures are counts more than percentages, and
 * an alpha is not shown as a number (the analysis's SMALL_N threshold, domain/SPEC.md §7b): with
 * n = 3 an alpha of −4,00 is noise, not a finding.
 */
export const SMALL_N = 10;

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(15rem, 1fr))",
    gap: tokens.spacingVerticalM,
  },
  card: { rowGap: tokens.spacingVerticalS },
  icon: { color: tokens.colorBrandForeground1 },
  big: { color: tokens.colorNeutralForeground1 },
  hint: { color: tokens.colorNeutralForeground3 },
  list: plainList(tokens.spacingVerticalXS),
  row: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
  },
  value: { fontWeight: tokens.fontWeightSemibold },
  wide: { gridColumn: "1 / -1" },
  alphaValue: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
  },
});

/** One topic's card: a decorative icon, an h3 title that labels the card, and its content. */
const SummaryCard: FC<{ id: string; icon: FluentIcon; title: string; children: ReactNode }> = ({
  id,
  icon: Icon,
  title,
  children,
}) => {
  const styles = useStyles();
  return (
    <Card className={styles.card} aria-labelledby={id}>
      <CardHeader
        image={<Icon aria-hidden className={styles.icon} />}
        header={
          <Subtitle2 as="h3" id={id}>
            {title}
          </Subtitle2>
        }
      />
      {children}
    </Card>
  );
};

/** A card's figures as a list with a hint under it, or one sentence when there are none. */
const FigureList: FC<{ show: boolean; hint: string; empty: string; children: ReactNode }> = ({
  show,
  hint,
  empty,
  children,
}) => {
  const styles = useStyles();
  return show ? (
    <>
      <ul className={styles.list}>{children}</ul>
      <Caption1 className={styles.hint}>{hint}</Caption1>
    </>
  ) : (
    <Body1 className={styles.hint}>{empty}</Body1>
  );
};

/** One figure in a FigureList: what it is, and its value in semibold. */
const FigureRow: FC<{ label: string; value: string; testId?: string }> = ({
  label,
  value,
  testId,
}) => {
  const styles = useStyles();
  return (
    <li className={styles.row}>
      <Body1>{label}</Body1>
      <Body1 className={styles.value} data-testid={testId}>
        {value}
      </Body1>
    </li>
  );
};

/** Step 6: the headline results, one card per topic, in plain words. */
const SummaryCards: FC<SummaryCardsProps> = ({ summary }) => {
  const styles = useStyles();
  const s = useStrings();
  const p = summary.participation;

  const few = summary.respondents > 0 && summary.respondents < SMALL_N;

  return (
    <div className={styles.grid}>
      {few ? (
        <MessageBar intent="warning" layout="multiline" className={styles.wide}>
          <MessageBarBody>{s.summary.smallN(summary.respondents)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <SummaryCard id="summary-response" icon={PeopleTeam20Regular} title={s.summary.responseTitle}>
        {summary.population !== null ? (
          <Title3 as="p" className={styles.big} data-testid="response-rate">
            {s.summary.responseRate(summary.respondents, summary.population, summary.responseRate)}
          </Title3>
        ) : (
          <>
            <Title3 as="p" className={styles.big} data-testid="response-rate">
              {s.summary.respondentsOnly(summary.respondents)}
            </Title3>
            <Caption1 className={styles.hint}>{s.summary.noPopulation}</Caption1>
          </>
        )}
      </SummaryCard>

      <SummaryCard id="summary-roles" icon={PersonStar20Regular} title={s.summary.rolesTitle}>
        <FigureList
          show={summary.dominantRoles.length > 0}
          hint={s.summary.rolesHint}
          empty={s.summary.noRoles}
        >
          {summary.dominantRoles.map(({ domain, role }) => (
            <li key={domain} className={styles.row}>
              <Body1>{s.summary.domain(domain)}</Body1>
              <Badge
                appearance={role === null ? "outline" : "tint"}
                color={role === "gemengd" || role === null ? "informative" : "brand"}
                size="large"
              >
                {s.summary.role(role)}
              </Badge>
            </li>
          ))}
        </FigureList>
      </SummaryCard>

      <SummaryCard
        id="summary-participation"
        icon={Target20Regular}
        title={s.summary.participationTitle}
      >
        <FigureList show={p !== null} hint={s.summary.gapHint} empty={s.summary.noParticipation}>
          {p ? (
            <>
              <FigureRow
                label={s.summary.index}
                value={s.summary.indexValue(p.index)}
                testId="participation-index"
              />
              <FigureRow
                label={s.summary.gap}
                value={s.summary.gapValue(p.gap)}
                testId="participation-gap"
              />
              {p.representation !== null ? (
                <FigureRow
                  label={s.summary.representation}
                  value={s.summary.representationValue(p.representation)}
                />
              ) : null}
              {p.minimumInvolvement !== null ? (
                <FigureRow
                  label={s.summary.minimumInvolvement}
                  value={s.summary.minimumInvolvementValue(p.minimumInvolvement)}
                />
              ) : null}
            </>
          ) : null}
        </FigureList>
      </SummaryCard>

      <SummaryCard id="summary-alpha" icon={ShieldCheckmark20Regular} title={s.summary.alphaTitle}>
        <FigureList
          show={summary.alphas.length > 0}
          hint={s.summary.alphaHint}
          empty={s.summary.noScales}
        >
          {summary.alphas.map(({ scale, alpha, n }) => (
            <li key={scale} className={styles.row}>
              <Body1>
                {scale} <Caption1 className={styles.hint}>({s.summary.alphaCases(n)})</Caption1>
              </Body1>
              <span className={styles.alphaValue}>
                <Body1 className={styles.value}>
                  {n < SMALL_N ? "—" : s.summary.alphaValue(alpha)}
                </Body1>
                {n < SMALL_N ? (
                  <Badge appearance="tint" color="warning">
                    {s.summary.alphaTooFew(n)}
                  </Badge>
                ) : alpha !== null && alpha < 0 ? (
                  <Badge appearance="tint" color="danger">
                    {s.summary.alphaNegative}
                  </Badge>
                ) : alpha === null ? (
                  <Badge appearance="outline" color="informative">
                    {s.summary.alphaMissing}
                  </Badge>
                ) : Math.round(alpha * 100) / 100 < ALPHA_THRESHOLD ? (
                  <Badge appearance="tint" color="warning">
                    {s.summary.alphaLow}
                  </Badge>
                ) : null}
              </span>
            </li>
          ))}
        </FigureList>
      </SummaryCard>
    </div>
  );
};

export default SummaryCards;
