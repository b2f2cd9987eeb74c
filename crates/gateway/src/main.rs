//! The `minsheng` binary.

use clap::Parser;
use minsheng_gateway::cli::Cli;
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    minsheng_gateway::telemetry::init(cli.log_format);
    minsheng_gateway::commands::run(cli.command).await
}
