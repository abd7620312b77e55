//! Progress bars for long steps, drawn on stderr only when stdout is a
//! terminal (so pipes, CI logs and `--json` stay clean).

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

/// A bar for a run: bytes while reading, items while loading.
pub struct RunBar {
    bar: ProgressBar,
}

impl RunBar {
    pub fn new(quiet: bool) -> RunBar {
        let bar = ProgressBar::new(0);
        if quiet || !std::io::stdout().is_terminal() {
            bar.set_draw_target(ProgressDrawTarget::hidden());
        }
        RunBar { bar }
    }

    pub fn update(&self, p: pipeline::Progress) {
        match p {
            pipeline::Progress::Reading { bytes, total } => {
                if self.bar.length() != total {
                    self.bar.set_length(total.unwrap_or(0));
                    self.bar.set_style(
                        ProgressStyle::with_template(
                            "reading  {bar:40} {bytes}/{total_bytes} ({bytes_per_sec})",
                        )
                        .unwrap_or_else(|_| ProgressStyle::default_bar()),
                    );
                }
                self.bar.set_position(bytes);
            }
            pipeline::Progress::Loading { done, total } => {
                if self.bar.length() != Some(total) {
                    self.bar.set_length(total);
                    self.bar.set_style(
                        ProgressStyle::with_template(
                            "loading  {bar:40} {pos}/{len} items ({per_sec}, {eta} left)",
                        )
                        .unwrap_or_else(|_| ProgressStyle::default_bar()),
                    );
                }
                self.bar.set_position(done);
            }
            // Said even when the bar is hidden: the user should know the
            // last run did not finish.
            pipeline::Progress::Resuming { after } => self.bar.suspend(|| {
                eprintln!(
                    "portmig: run {after} did not finish (killed or crashed): marked \
                     interrupted; resuming after run {after} (what it committed stays, \
                     nothing is duplicated)"
                )
            }),
            pipeline::Progress::Reviewing { done, total } => {
                if self.bar.length() != Some(total) {
                    self.bar.set_length(total);
                    self.bar.set_style(
                        ProgressStyle::with_template(
                            "reviewing {bar:40} {pos}/{len} articles ({per_sec}, {eta} left)",
                        )
                        .unwrap_or_else(|_| ProgressStyle::default_bar()),
                    );
                }
                self.bar.set_position(done);
            }
        }
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
