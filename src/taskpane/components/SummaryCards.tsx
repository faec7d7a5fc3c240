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
import type { FC, ReactElement, ReactNode } from "react";
import { useStrings } from "../i18n";
import type { RunSummary } from "../../app/host";

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
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
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

const SummaryCard: FC<{ id: string; icon: ReactElement; title: string; children: ReactNode }> = ({
  id,
  icon,
  title,
  children,
}) => {
  const styles = useStyles();
  return (
    <Card className={styles.card} aria-labelledby={id}>
      <CardHeader
        image={icon}
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
      <SummaryCard
        id="summary-response"
        icon={<PeopleTeam20Regular aria-hidden className={styles.icon} />}
        title={s.summary.responseTitle}
      >
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

      <SummaryCard
        id="summary-roles"
        icon={<PersonStar20Regular aria-hidden className={styles.icon} />}
        title={s.summary.rolesTitle}
      >
        {summary.dominantRoles.length > 0 ? (
          <>
            <ul className={styles.list}>
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
            </ul>
            <Caption1 className={styles.hint}>{s.summary.rolesHint}</Caption1>
          </>
        ) : (
          <Body1 className={styles.hint}>{s.summary.noRoles}</Body1>
        )}
      </SummaryCard>

      <SummaryCard
        id="summary-participation"
        icon={<Target20Regular aria-hidden className={styles.icon} />}
        title={s.summary.participationTitle}
      >
        {p ? (
          <>
            <ul className={styles.list}>
              <li className={styles.row}>
                <Body1>{s.summary.index}</Body1>
                <Body1 className={styles.value} data-testid="participation-index">
                  {s.summary.indexValue(p.index)}
                </Body1>
              </li>
              <li className={styles.row}>
                <Body1>{s.summary.gap}</Body1>
                <Body1 className={styles.value} data-testid="participation-gap">
                  {s.summary.gapValue(p.gap)}
                </Body1>
              </li>
              {p.representation !== null ? (
                <li className={styles.row}>
                  <Body1>{s.summary.representation}</Body1>
                  <Body1 className={styles.value}>
                    {s.summary.representationValue(p.representation)}
                  </Body1>
                </li>
              ) : null}
              {p.minimumInvolvement !== null ? (
                <li className={styles.row}>
                  <Body1>{s.summary.minimumInvolvement}</Body1>
                  <Body1 className={styles.value}>
                    {s.summary.minimumInvolvementValue(p.minimumInvolvement)}
                  </Body1>
                </li>
              ) : null}
            </ul>
            <Caption1 className={styles.hint}>{s.summary.gapHint}</Caption1>
          </>
        ) : (
          <Body1 className={styles.hint}>{s.summary.noParticipation}</Body1>
        )}
      </SummaryCard>

      <SummaryCard
        id="summary-alpha"
        icon={<ShieldCheckmark20Regular aria-hidden className={styles.icon} />}
        title={s.summary.alphaTitle}
      >
        {summary.alphas.length > 0 ? (
          <>
            <ul className={styles.list}>
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
            </ul>
            <Caption1 className={styles.hint}>{s.summary.alphaHint}</Caption1>
          </>
        ) : (
          <Body1 className={styles.hint}>{s.summary.noScales}</Body1>
        )}
      </SummaryCard>
    </div>
  );
};

export default SummaryCards;
