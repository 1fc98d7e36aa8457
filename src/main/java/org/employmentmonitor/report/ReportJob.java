package org.employmentmonitor.report;

import org.employmentmonitor.job.Job;
import org.employmentmonitor.job.RunContext;

/** The report step (SPEC 3.4). Thin for now. */
public final class ReportJob implements Job {
  @Override
  public String name() {
    return "report";
  }

  @Override
  public void run(RunContext ctx) {}
}
