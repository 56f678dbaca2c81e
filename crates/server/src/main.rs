//! `madoguchi`: with no arguments, `serve` with the defaults.

use clap::Parser;
use madoguchi_server::cli::{self, Cli, Command, ServeArgs};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version are not errors; a wrong command line is one
            // line on standard error.
            if !e.use_stderr() {
                let _ = e.print();
                return ExitCode::SUCCESS;
            }
            let rendered = e.render().to_string();
            let first = rendered.lines().find(|l| !l.trim().is_empty()).unwrap_or("invalid arguments");
            eprintln!("madoguchi: {}", first.trim_start_matches("error: "));
            return ExitCode::from(2);
        }
    };
    let result = match cli.command {
        None => run_server(ServeArgs::parse_defaults()),
        Some(Command::Serve(args)) => run_server(args),
        Some(Command::Token(cmd)) => cli::token(cmd),
        Some(Command::User(cmd)) => cli::user(cmd),
        Some(Command::Org(cmd)) => cli::org(cmd),
        Some(Command::Backup { data, to }) => cli::backup(data, to),
        Some(Command::Restore { data, from }) => cli::restore(data, from),
        Some(Command::ImportHistory(args)) => cli::import_history(args),
        Some(Command::Staffing(args)) => cli::staffing(args),
        Some(Command::Backtest { report, origins }) => cli::backtest(report, origins),
        Some(Command::BacktestWaits(report)) => cli::backtest_waits(report),
        Some(Command::SynthHistory { from, to, seed, config, out }) => cli::synth_history(from, to, seed, config, out),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("madoguchi: {}", format!("{e:#}").replace('\n', " "));
            ExitCode::FAILURE
        }
    }
}

fn run_server(args: ServeArgs) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    let served = runtime.block_on(cli::serve(args));
    // Every commit is done by now. A computation still running on a
    // blocking thread (a forecast fit, a speech render) has nobody waiting
    // for it: the process does not wait for it either.
    runtime.shutdown_timeout(std::time::Duration::from_secs(2));
    served
}

trait ParseDefaults {
    fn parse_defaults() -> Self;
}

impl ParseDefaults for ServeArgs {
    /// The serve defaults, with the environment variables applied.
    fn parse_defaults() -> Self {
        #[derive(Parser)]
        struct Only {
            #[command(flatten)]
            serve: ServeArgs,
        }
        Only::parse_from(["madoguchi"]).serve
    }
}
