import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowClockwise20Regular,
  DocumentAdd20Regular,
  FolderOpen20Regular,
  TableSimple48Regular,
} from "@fluentui/react-icons";
import type { FC, ReactNode } from "react";
import { useRef } from "react";
import type { OptionsDraft } from "../flow";
import { useStrings } from "../i18n";
import { differsFromStored, validateDraft } from "../runOptions";
import { useFocusOnMount } from "../useFocusOnMount";
import type { DataOverview, RunOptions } from "../../app/host";
import DataFoundCard from "./DataFoundCard";
import EmptyState from "./EmptyState";
import MappingReview from "./MappingReview";
import OptionsForm, { OPTIONS_FORM_ID } from "./OptionsForm";
import ProblemsList from "./ProblemsList";
import OtherDataCard from "./OtherDataCard";
import RefreshCard from "./RefreshCard";
import { viewRoot } from "./styles";

export interface ReadyViewProps {
  overview: DataOverview;
  /** The settings of an earlier run stored in the workbook (enables Refresh), else null. */
  stored: RunOptions | null;
  draft: OptionsDraft;
  mapping: Record<string, string | null>;
  workbookName: string | null;
  isPreview: boolean;
  onRedetect: () => void;
  onOtherFile: () => void;
  onNewTemplate: () => void;
  onRefresh: () => void;
  onEditOptions: (patch: Partial<OptionsDraft>) => void;
  onMapColumn: (header: string, itemId: string | null) => void;
  onResetMapping: () => void;
  onRun: () => void;
  onSelectCell?: (sheet: string, cell: string) => void;
  /** "Vergelijk met vorige bevraging" (ComparePanel), shown above the options. */
  compare?: ReactNode;
  /** "Feedback per netwerk" (FeedbackPanel), folded under the mapping and problems. */
  feedback?: ReactNode;
  /** Its heading (the fold's title). */
  feedbackTitle?: string;
  /**
   * Focus "Gegevens gevonden" when shown: the user came here from a button of the pane that is
   * gone now ("Opties aanpassen", "Terug naar de opties").
   */
  focusHeading?: boolean;
}

const useStyles = makeStyles({
  root: viewRoot(),
  accordion: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  panel: { paddingBottom: tokens.spacingVerticalM },
});

/**
 * Steps 1–4 on one scrolling page: what was found, Refresh when possible (inside Excel), the column mapping and
 * the problems (folded), and the options with the run button.
 */
const ReadyView: FC<ReadyViewProps> = (props) => {
  const { overview, isPreview } = props;
  const styles = useStyles();
  const s = useStrings();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading, false, props.focusHeading ?? false);

  if (overview.respondents === 0) {
    return (
      <EmptyState
        icon={<TableSimple48Regular />}
        title={s.empty.noDataTitle}
        message={isPreview ? s.empty.noDataMessagePreview : s.empty.noDataMessage}
        actions={
          <>
            {/* The preview opens another file; Excel looks again (the user may add data first). */}
            <Button
              appearance="primary"
              icon={isPreview ? <FolderOpen20Regular /> : <ArrowClockwise20Regular />}
              onClick={isPreview ? props.onOtherFile : props.onRedetect}
            >
              {isPreview ? s.data.otherFile : s.empty.searchAgain}
            </Button>
            <Button icon={<DocumentAdd20Regular />} onClick={props.onNewTemplate}>
              {s.empty.newTemplate}
            </Button>
          </>
        }
      />
    );
  }

  const itemColumns = overview.mapping.filter((row) => row.kind === "item").length;
  const errors = validateDraft(props.draft, overview.respondents);
  const hasErrors = overview.issues.some((issue) => issue.severity === "error");
  const { stored } = props;

  return (
    <div className={styles.root}>
      <DataFoundCard
        overview={overview}
        workbookName={props.workbookName}
        onRedetect={isPreview ? undefined : props.onRedetect}
        onOtherFile={isPreview ? props.onOtherFile : undefined}
        headingRef={heading}
      />
      {stored && overview.previousInput?.sameAsFound === false ? (
        <OtherDataCard
          stored={s.refresh.where(overview.previousInput.sheet, overview.previousInput.table)}
          found={s.refresh.where(overview.source.sheet, overview.source.table)}
          formId={OPTIONS_FORM_ID}
          onRefreshStored={props.onRefresh}
        />
      ) : stored && !isPreview ? (
        // The preview has no plain Vernieuwen: the data cannot change in the browser (addin.md).
        <RefreshCard
          onRefresh={props.onRefresh}
          changed={differsFromStored(props.draft, props.mapping, stored, overview)}
        />
      ) : null}
      {overview.itemsRecognised === 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{s.data.noItemsWarning}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Accordion
        className={styles.accordion}
        collapsible
        multiple
        defaultOpenItems={[
          ...(overview.itemsRecognised === 0 ? ["mapping"] : []),
          ...(hasErrors ? ["problems"] : []),
        ]}
      >
        <AccordionItem value="mapping">
          <AccordionHeader as="h2">
            {s.mapping.title(itemColumns, overview.mapping.length - itemColumns)}
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <MappingReview
              overview={overview}
              mapping={props.mapping}
              onChange={props.onMapColumn}
              onReset={props.onResetMapping}
            />
          </AccordionPanel>
        </AccordionItem>
        {props.feedback ? (
          <AccordionItem value="feedback">
            <AccordionHeader as="h2">{props.feedbackTitle}</AccordionHeader>
            <AccordionPanel className={styles.panel}>{props.feedback}</AccordionPanel>
          </AccordionItem>
        ) : null}
        <AccordionItem value="problems">
          <AccordionHeader as="h2">{s.problems.title(overview.issues.length)}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <ProblemsList
              issues={overview.issues}
              currentFile={props.workbookName}
              onSelectCell={isPreview ? undefined : props.onSelectCell}
              isPreview={isPreview}
            />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {props.compare}
      <OptionsForm
        draft={props.draft}
        errors={errors}
        groupColumns={overview.groupColumns}
        bandableColumns={overview.bandableColumns}
        respondents={overview.respondents}
        onChange={props.onEditOptions}
        onRun={props.onRun}
      />
    </div>
  );
};

export default ReadyView;
