package org.jixiao.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jixiao.budget.Survey;
import org.jixiao.budget.Survey.Question;

/**
 * 各题回答人数 — in one questionnaire every respondent answers every question (a blank answer is tallied
 * as such), so the questions' totals should be equal and equal to the number of questionnaires.
 * Different totals leave the sample size unknown and the rate unweighted: a warning. More answers
 * to a question than questionnaires cannot be; fewer may be blank answers not tallied (a note).
 */
final class SurveyRespondentsCheck extends NamedCheck {

  SurveyRespondentsCheck() {
    super(
        "SURVEY-RESPONDENTS",
        Severity.WARNING,
        "同一问卷各题回答人数不一致",
        "同一问卷各题回答人数应相同且等于有效问卷份数（RULES.md §5：保留样本量与有效回答数）");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Survey s : ctx.year().surveys()) {
      SurveyCounts c = new SurveyCounts(s);
      if (s.questions().size() < 2 && s.statedRespondents() == null) {
        continue;
      }
      String each =
          s.questions().stream()
              .map(q -> q.text() + " " + c.answers(q) + "人")
              .collect(Collectors.joining("、"));
      long distinct = s.questions().stream().mapToInt(c::answers).distinct().count();
      if (distinct > 1 && s.statedRespondents() == null) {
        out.add(
            Findings.of(
                this,
                "各题回答人数不同（" + each + "）：同一问卷各题应答人数应相同，据此无法确定调查样本量，各题也未按同一样本计算满意度",
                c.place(),
                each,
                "各题回答人数相同"
                    + (s.statedRespondents() == null ? "" : "（" + s.statedRespondents() + "份）"),
                "各题回答人数 = 该题各选项人数之和"));
      }
      if (s.statedRespondents() != null) {
        for (Question q : s.questions()) {
          int n = c.answers(q);
          if (n > s.statedRespondents()) {
            out.add(
                Findings.of(
                    this,
                    "题目「" + q.text() + "」的回答人数" + n + "多于问卷份数" + s.statedRespondents(),
                    c.place() + " / " + q.text(),
                    n + "人",
                    "≤" + s.statedRespondents() + "人",
                    "问卷份数 " + s.statedRespondents()));
          } else if (n < s.statedRespondents()) {
            out.add(
                Findings.of(
                    this,
                    Severity.INFO,
                    "题目「"
                        + q.text()
                        + "」的回答人数"
                        + n
                        + "少于问卷份数"
                        + s.statedRespondents()
                        + "，差额疑为未作答，调查表未列",
                    c.place() + " / " + q.text(),
                    n + "人",
                    s.statedRespondents() + "人",
                    "问卷份数 " + s.statedRespondents()));
          }
        }
      }
    }
    return out;
  }
}
