//! `madoguchi`: with no arguments, `serve` with the defaults.

use clap::Parser;
use madoguchi_server::cli::{self, Cli, Command, ServeArgs};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version are not errors.
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        None => run_server(ServeArgs::parse_defaults()),
        Some(Command::Serve(args)) => run_server(args),
        Some(Command::Token(cmd)) => cli::token(cmd),
        Some(Command::User(cmd)) => cli::user(cmd),
        Some(Command::ImportHistory(args)) => cli::import_history(args),
        Some(Command::Staffing(args)) => cli::staffing(args),
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
    runtime.block_on(cli::serve(args))
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
