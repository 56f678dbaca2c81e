//! The `madoguchi` command line.

use crate::app::{ServeOptions, ensure_first_admin, start};
use crate::auth::Role;
use crate::settings;
use anyhow::{Context, anyhow, bail};
use clap::{Args, Parser, Subcommand};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Debug, Parser)]
#[command(name = "madoguchi", version, about = "Counter queue and ticketing for Yahatanishi Ward Office")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the server (the default).
    Serve(ServeArgs),
    /// Manage bearer tokens.
    #[command(subcommand)]
    Token(TokenCommand),
    /// Manage accounts: staff for the desk's sign-in, moderators, members.
    #[command(subcommand)]
    User(UserCommand),
    /// Manage organisations (shops, facilities, companies, schools, citizen
    /// centres, sections, groups) whose members act on the modules' pages.
    #[command(subcommand)]
    Org(OrgCommand),
    /// Copy the database to a new file, safely while the server runs.
    Backup {
        #[arg(long, env = "MADOGUCHI_DATA")]
        data: PathBuf,
        /// The backup file to create (must not exist).
        #[arg(long)]
        to: PathBuf,
    },
    /// Replace the database with a backup (the server must be stopped).
    Restore {
        #[arg(long, env = "MADOGUCHI_DATA")]
        data: PathBuf,
        #[arg(long)]
        from: PathBuf,
    },
    /// Load past daily arrivals from CSV (date,office,queue,arrivals).
    ImportHistory(ImportArgs),
    /// Rolling-origin evaluation of the forecast on the stored history, next
    /// to the seasonal-naive baseline.
    Backtest {
        #[command(flatten)]
        report: ReportArgs,
        /// Forecast origins spread over the last year of history.
        #[arg(long, default_value_t = 6)]
        origins: usize,
    },
    /// How good the wait estimates were: replays the event log through the
    /// estimator and compares what residents were shown with how long they
    /// waited until called.
    BacktestWaits(ReportArgs),
    /// Write a synthetic history CSV (the documented generator of
    /// docs/forecasting.md) for trying the forecast and the backtest.
    SynthHistory {
        #[arg(long)]
        from: String,
        #[arg(long)]
        to: String,
        #[arg(long, default_value_t = 2026)]
        seed: u64,
        #[arg(long, env = "MADOGUCHI_CONFIG")]
        config: Option<PathBuf>,
        /// The CSV file to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// The fewest counters for a load (M/M/c, Erlang C).
    Staffing(StaffingArgs),
}

/// What a report reads: a data directory, the configuration, and optionally
/// one office.
#[derive(Debug, Args)]
pub struct ReportArgs {
    #[arg(long, env = "MADOGUCHI_DATA")]
    pub data: PathBuf,
    #[arg(long, env = "MADOGUCHI_CONFIG")]
    pub config: Option<PathBuf>,
    /// Only this office.
    #[arg(long)]
    pub office: Option<String>,
}

impl ReportArgs {
    /// The configuration (with `--office` checked against it) and the existing database.
    fn open(&self) -> anyhow::Result<(queue_core::WardConfig, store::Db)> {
        let config = settings::load(self.config.as_deref()).map_err(|e| anyhow!(e))?;
        if let Some(o) = self.office.as_deref().filter(|o| config.office(o).is_none()) {
            bail!("--office {o:?} is not an office of the configuration");
        }
        let db = open_existing(&self.data)?;
        Ok((config, db))
    }

    /// Whether the report covers office `o`.
    fn covers(&self, o: &queue_core::config::Office) -> bool {
        self.office.as_deref().is_none_or(|x| x == o.id.as_str())
    }
}

#[derive(Debug, Args, Default)]
pub struct ServeArgs {
    /// Ward configuration file (default: the built-in Yahatanishi configuration).
    #[arg(long, env = "MADOGUCHI_CONFIG")]
    pub config: Option<PathBuf>,
    /// Data directory (created if missing).
    #[arg(long, env = "MADOGUCHI_DATA", default_value = "data")]
    pub data: PathBuf,
    /// Address to listen on.
    #[arg(long, env = "MADOGUCHI_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: String,
    /// The URL residents' phones reach this server at, for QR codes and status links.
    #[arg(long, env = "MADOGUCHI_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Take tickets at any hour, whatever the reception hours and calendar
    /// say (a training kiosk, a demonstration after hours); managers' early
    /// closings still apply. Never in a real office.
    #[arg(long, env = "MADOGUCHI_RECEPTION_ALWAYS")]
    pub reception_always: bool,
    /// A directory with the ward's reference data (`districts.toml`,
    /// `facilities.toml`, as in config/reference/) replacing the built-in;
    /// a file it lacks stays built in.
    #[arg(long, env = "MADOGUCHI_REFERENCE")]
    pub reference: Option<PathBuf>,
    /// Log as JSON lines instead of text.
    #[arg(long, env = "MADOGUCHI_LOG_JSON")]
    pub log_json: bool,
    /// A reverse proxy (address or CIDR range) whose `Forwarded` /
    /// `X-Forwarded-For` headers name the real client; repeat it, or give a
    /// comma-separated list. Nobody else's forwarding headers are believed.
    #[arg(long = "trusted-proxy", env = "MADOGUCHI_TRUSTED_PROXIES", value_delimiter = ',')]
    pub trusted_proxies: Vec<String>,
    /// How fast one kiosk may issue: BURST/PER_MINUTE, or `off` (load tests
    /// that drive kiosks at machine speed).
    #[arg(long, env = "MADOGUCHI_KIOSK_RATE", default_value = "20/30")]
    pub kiosk_rate: String,
    /// Fill in sample content, marked as such, for a first look: sample
    /// organisations and an invitation, notices on the boards, a few
    /// tickets today, and each enabled module's sample content.
    #[arg(long, env = "MADOGUCHI_DEMO")]
    pub demo: bool,
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Create a token and print it alone on one line.
    Create {
        #[arg(long, env = "MADOGUCHI_DATA")]
        data: PathBuf,
        /// admin, staff, kiosk, display, moderator or member
        #[arg(long)]
        role: String,
        /// The office the token may act at (all offices when omitted).
        #[arg(long)]
        office: Option<String>,
        /// The organisation a member token acts for (required with --role member).
        #[arg(long)]
        organisation: Option<String>,
        /// The section of a staff token (a section id of the configuration).
        #[arg(long)]
        section: Option<String>,
        /// A name for the device or person, shown in the audit log.
        #[arg(long)]
        name: Option<String>,
        #[arg(long, env = "MADOGUCHI_CONFIG")]
        config: Option<PathBuf>,
    },
    /// List tokens (their ids, roles and names; tokens themselves are never stored).
    List {
        #[arg(long, env = "MADOGUCHI_DATA")]
        data: PathBuf,
    },
    /// Revoke a token by its id (see `token list`); it stops working within seconds.
    Revoke {
        #[arg(long, env = "MADOGUCHI_DATA")]
        data: PathBuf,
        id: i64,
    },
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account (or reset its password). The password is read from
    /// the first line of standard input.
    Create {
        #[arg(long, env = "MADOGUCHI_DATA")]
        data: PathBuf,
        #[arg(long)]
        username: String,
        /// staff, admin, moderator or member
        #[arg(long, default_value = "staff")]
        role: String,
        /// The office the account works at (all offices when omitted).
        #[arg(long)]
        office: Option<String>,
        /// The section a staff member works in (a section id of the configuration).
        #[arg(long)]
        section: Option<String>,
        /// The user name of the staff member's supervisor (an existing account).
        #[arg(long)]
        supervisor: Option<String>,
        /// The organisation a member acts for (required with --role member).
        #[arg(long)]
        organisation: Option<String>,
        /// How pages name the person.
        #[arg(long)]
        display_name: Option<String>,
        #[arg(long, env = "MADOGUCHI_CONFIG")]
        config: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum OrgCommand {
    /// Create an organisation and print its id alone on one line.
    Create {
        #[arg(long, env = "MADOGUCHI_DATA")]
        data: PathBuf,
        /// shop, facility, company, school, centre, section or group
        #[arg(long)]
        kind: String,
        /// Its name in Japanese.
        #[arg(long)]
        name: String,
        /// Its name in English, where it has one.
        #[arg(long)]
        name_en: Option<String>,
        /// The district (citizen centre area) it belongs to.
        #[arg(long)]
        district: Option<String>,
        /// The office whose staff look after it and may invite its members.
        #[arg(long)]
        office: Option<String>,
        #[arg(long, env = "MADOGUCHI_CONFIG")]
        config: Option<PathBuf>,
    },
    /// List organisations (id, kind, office, district, name).
    List {
        #[arg(long, env = "MADOGUCHI_DATA")]
        data: PathBuf,
    },
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    #[arg(long, env = "MADOGUCHI_DATA")]
    pub data: PathBuf,
    #[arg(long, env = "MADOGUCHI_CONFIG")]
    pub config: Option<PathBuf>,
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct StaffingArgs {
    #[arg(long)]
    pub arrivals_per_hour: f64,
    #[arg(long)]
    pub service_minutes: f64,
    #[arg(long)]
    pub target_wait_minutes: f64,
    /// The share of residents to serve within the target, e.g. 0.8.
    #[arg(long)]
    pub target_share: f64,
    /// Mean minutes a resident waits before giving up: adds the Erlang A
    /// view (who leaves, how long the rest wait) for the advised counters.
    #[arg(long)]
    pub patience_minutes: Option<f64>,
    #[arg(long)]
    pub json: bool,
}

pub fn init_logging(json: bool) {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    // Colour codes only for a person at a terminal, never into a log file.
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).with_ansi(ansi);
    if json {
        let _ = builder.json().try_init();
    } else {
        let _ = builder.try_init();
    }
}

pub async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    init_logging(args.log_json);
    let mut config = settings::load(args.config.as_deref()).map_err(|e| anyhow!(e))?;
    if args.reception_always {
        tracing::warn!("--reception-always: tickets are issued at any hour, whatever the reception hours say");
        config.hours.reception_always = true;
    }
    let listen: SocketAddr = args.listen.parse().map_err(|_| anyhow!("--listen {:?} is not an address such as 127.0.0.1:8080", args.listen))?;
    let first_admin = ensure_first_admin(&args.data).with_context(|| format!("data directory {}", args.data.display()))?;
    let trusted_proxies = crate::limits::TrustedProxies::parse(&args.trusted_proxies).map_err(|e| anyhow!("--trusted-proxy: {e}"))?;
    let kiosk_rate = crate::limits::Rate::parse_option(&args.kiosk_rate).map_err(|e| anyhow!("--kiosk-rate: {e}"))?;
    let network = crate::app::NetworkOptions { trusted_proxies, kiosk_rate, ..Default::default() };
    let opts = ServeOptions { config: Arc::new(config), data_dir: args.data.clone(), listen, public_url: args.public_url, network, modules: crate::modules::registered(), reference: args.reference.clone() };
    let running = start(opts.clone(), Arc::new(queue_core::SystemClock)).await?;
    print_pages(&opts.config, &running.base_url, &args.data, first_admin.as_deref());
    if args.demo {
        match crate::demo::fill(&running.engine, &running.modules).await {
            Ok(lines) => lines.iter().for_each(|l| println!("  {l}")),
            Err(e) => tracing::error!(error = %e, "sample content could not be filled in"),
        }
    } else {
        println!("  sample content for a first look: cargo run --release -- serve --demo");
    }
    let stop = running.stopper();
    tokio::spawn(async move {
        shutdown_signal().await;
        tracing::info!("stopping: finishing in-flight requests and commits");
        let _ = stop.send(true);
    });
    running.wait().await;
    Ok(())
}

fn print_pages(config: &queue_core::WardConfig, base: &str, data: &Path, first_admin: Option<&Path>) {
    let office = config.offices.first().map(|o| o.id.to_string()).unwrap_or_default();
    let counter = config.offices.first().and_then(|o| o.counters.first()).map(|c| c.id.to_string()).unwrap_or_default();
    let en = queue_core::Lang::configured("en");
    println!("Madoguchi: {} ({} offices), data in {}", config.ward.name.get(&en), config.offices.len(), data.display());
    println!("  kiosk:         {base}/kiosk/?office={office}");
    println!("  staff desk:    {base}/desk/?office={office}&counter={counter}");
    println!("  display board: {base}/display/?office={office}");
    println!("  admin:         {base}/admin/");
    println!("  services:      {base}/m/");
    println!("  operations:    {base}/ops/?office={office}");
    println!("  congestion:    {base}/status/");
    println!("  API:           {base}/api/openapi.json");
    if let Some(p) = first_admin {
        println!("  first admin token written to {} (add &access_token=… to a page URL, or create device tokens with `madoguchi token create`)", p.display());
    }
    if let Some(warning) = loopback_warning(base, &lan_addresses()) {
        println!("{warning}");
    }
}

/// When residents' phones are sent to a loopback address (QR codes, status
/// links), say so loudly, with the machine's LAN addresses and the flags to
/// use; `None` when the public URL is reachable from elsewhere.
fn loopback_warning(base: &str, lan: &[std::net::IpAddr]) -> Option<String> {
    let host = base.split("://").nth(1)?.split('/').next()?;
    let host = host.rsplit_once(':').map_or(host, |(h, _)| h).trim_matches(['[', ']']);
    let loopback = host == "localhost" || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback());
    if !loopback {
        return None;
    }
    let mut w = String::from(
        "\n  WARNING: the public URL is a loopback address: the QR codes and status links on tickets point to it,\n  \
         and no resident's phone can open them. To serve an office, listen on the LAN and say the address phones use:\n",
    );
    if lan.is_empty() {
        w.push_str("    madoguchi serve --listen 0.0.0.0:8080 --public-url http://THIS-MACHINE-ADDRESS:8080\n");
    }
    for ip in lan {
        let host = if ip.is_ipv6() { format!("[{ip}]") } else { ip.to_string() };
        w.push_str(&format!("    madoguchi serve --listen 0.0.0.0:8080 --public-url http://{host}:8080\n"));
    }
    w.push_str("  (behind a TLS proxy, --public-url https://… and --trusted-proxy; see README, \"Install in an office\")");
    Some(w)
}

/// This machine's IPv4 addresses other than loopback, from the kernel's
/// routing table (Linux); none elsewhere.
fn lan_addresses() -> Vec<std::net::IpAddr> {
    let Ok(fib) = std::fs::read_to_string("/proc/net/fib_trie") else { return Vec::new() };
    let mut out: Vec<std::net::IpAddr> = Vec::new();
    let lines: Vec<&str> = fib.lines().collect();
    for pair in lines.windows(2) {
        // "|-- 192.168.1.20" followed by "/32 host LOCAL": an address of this machine.
        if pair[1].trim() == "/32 host LOCAL"
            && let Some(ip) = pair[0].trim().strip_prefix("|-- ").and_then(|a| a.parse::<std::net::IpAddr>().ok())
            && !ip.is_loopback()
            && !out.contains(&ip)
        {
            out.push(ip);
        }
    }
    out
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}

pub fn token(cmd: TokenCommand) -> anyhow::Result<()> {
    match cmd {
        TokenCommand::Create { data, role, office, organisation, section, name, config } => {
            let role = Role::parse(&role).ok_or_else(|| anyhow!("--role {role:?} is not one of {}", Role::names()))?;
            check_office(office.as_deref(), config.as_deref())?;
            check_scope(role, organisation.as_deref(), section.as_deref(), config.as_deref())?;
            if let Some(n) = &name
                && (n.chars().count() > 100 || n.chars().any(char::is_control))
            {
                bail!("--name must be at most 100 printable characters");
            }
            let conn = open_accounts(&data)?;
            check_organisation(&conn, organisation.as_deref())?;
            if let Some(n) = &name
                && store::tokens::list(&conn)?.iter().any(|t| t.revoked_at.is_none() && t.expires_at.is_none() && t.name.as_deref() == Some(n.as_str()))
            {
                // Two devices with one name cannot be told apart in the audit trail.
                eprintln!("madoguchi: warning: a token named {n:?} exists already (see `madoguchi token list`); the audit trail will not tell the two apart");
            }
            let token = crate::auth::new_token();
            let now = jiff::Timestamp::now().as_microsecond();
            store::tokens::insert_new(
                &conn,
                &store::tokens::NewToken {
                    hash: &crate::auth::hash(&token),
                    role: role.as_str(),
                    office: office.as_deref(),
                    organisation: organisation.as_deref(),
                    section: section.as_deref(),
                    name: name.as_deref(),
                    created_at: now,
                    expires_at: None,
                },
            )?;
            println!("{token}");
            Ok(())
        }
        TokenCommand::List { data } => {
            let conn = open_existing(&data)?.connect(true)?;
            let when = |us: i64| jiff::Timestamp::from_microsecond(us).map(|t| t.to_zoned(queue_core::clock::tokyo()).strftime("%Y-%m-%d %H:%M").to_string()).unwrap_or_default();
            println!("{:>5}  {:<8} {:<14} {:<20} {:<17} state", "id", "role", "office", "name", "created");
            for t in store::tokens::list(&conn)? {
                let state = match (t.revoked_at, t.expires_at) {
                    (Some(r), _) => format!("revoked {}", when(r)),
                    (None, Some(e)) if e <= jiff::Timestamp::now().as_microsecond() => format!("expired {}", when(e)),
                    (None, Some(e)) => format!("until {}", when(e)),
                    (None, None) => "active".into(),
                };
                println!(
                    "{:>5}  {:<8} {:<14} {:<20} {:<17} {state}",
                    t.id,
                    t.role,
                    t.office.as_deref().unwrap_or("(all)"),
                    t.name.as_deref().unwrap_or(""),
                    when(t.created_at)
                );
            }
            Ok(())
        }
        TokenCommand::Revoke { data, id } => {
            let conn = open_existing(&data)?.connect(false)?;
            if !store::tokens::revoke(&conn, id, jiff::Timestamp::now().as_microsecond())? {
                bail!("there is no active token with id {id} (see `madoguchi token list`)");
            }
            println!("token {id} revoked");
            Ok(())
        }
    }
}

/// Opens a data directory that must already hold a database.
fn open_existing(data: &Path) -> anyhow::Result<store::Db> {
    if !data.join(store::DB_FILE).exists() {
        bail!("{} holds no Madoguchi database", data.display());
    }
    store::Db::open(data).with_context(|| format!("data directory {}", data.display()))
}

pub fn backup(data: PathBuf, to: PathBuf) -> anyhow::Result<()> {
    let db = open_existing(&data)?;
    store::backup::backup(&db, &to)?;
    let size = std::fs::metadata(&to).map(|m| m.len()).unwrap_or(0);
    println!("backed up {} to {} ({} KiB)", db.path().display(), to.display(), size / 1024);
    Ok(())
}

pub fn restore(data: PathBuf, from: PathBuf) -> anyhow::Result<()> {
    if !from.exists() {
        bail!("{} does not exist", from.display());
    }
    let _lock = crate::app::lock_data_dir(&data).map_err(|e| anyhow!("{e}; stop the server before restoring"))?;
    let db = store::Db::open(&data).with_context(|| format!("data directory {}", data.display()))?;
    store::backup::restore(&db, &from)?;
    println!("restored {} from {}", db.path().display(), from.display());
    Ok(())
}

pub fn user(cmd: UserCommand) -> anyhow::Result<()> {
    let UserCommand::Create { data, username, role, office, section, supervisor, organisation, display_name, config } = cmd;
    let role = Role::parse(&role)
        .filter(|r| matches!(r, Role::Staff | Role::Admin | Role::Moderator | Role::Member))
        .ok_or_else(|| anyhow!("--role {role:?} must be staff, admin, moderator or member"))?;
    let username = crate::routes::session::parse_username(&username).map_err(|e| anyhow!("--username: {e}"))?;
    check_office(office.as_deref(), config.as_deref())?;
    check_scope(role, organisation.as_deref(), section.as_deref(), config.as_deref())?;
    let supervisor = supervisor.map(|s| crate::routes::session::parse_username(&s).map_err(|e| anyhow!("--supervisor: {e}"))).transpose()?;
    if supervisor.as_deref() == Some(username.as_str()) {
        bail!("--supervisor must be somebody else");
    }
    if let Some(d) = &display_name
        && (d.trim().is_empty() || d.chars().count() > 100 || d.chars().any(char::is_control))
    {
        bail!("--display-name must be 1 to 100 printable characters");
    }
    let conn = open_accounts(&data)?;
    check_organisation(&conn, organisation.as_deref())?;
    if let Some(s) = &supervisor
        && store::users::find(&conn, s)?.is_none()
    {
        bail!("--supervisor {s:?} has no account (create theirs first)");
    }
    let mut password = String::new();
    std::io::stdin().read_line(&mut password).context("cannot read the password from standard input")?;
    let password = password.trim_end_matches(['\r', '\n']);
    if password.chars().count() < 8 {
        bail!("the password (first line of standard input) must be at least 8 characters");
    }
    let hash = crate::routes::session::hash_password(password).map_err(|e| anyhow!("cannot hash the password: {e}"))?;
    let user = store::users::User {
        username: username.clone(),
        password_hash: hash,
        role: role.as_str().into(),
        office,
        organisation,
        section,
        supervisor,
        display_name: display_name.map(|d| d.trim().to_owned()),
    };
    store::users::upsert(&conn, &user, jiff::Timestamp::now().as_microsecond())?;
    println!("user {username} can sign in");
    Ok(())
}

/// The data directory's database with the platform's tables (organisations
/// and invitations) brought up to date.
fn open_accounts(data: &Path) -> anyhow::Result<store::rusqlite::Connection> {
    let db = store::Db::open_with(data, &[platform::schema()]).with_context(|| format!("data directory {}", data.display()))?;
    Ok(db.connect(false)?)
}

/// A member acts for an organisation and only a member does; a section
/// belongs to staff (and admins) and must be one of the configuration.
fn check_scope(role: Role, organisation: Option<&str>, section: Option<&str>, config: Option<&Path>) -> anyhow::Result<()> {
    match (role, organisation) {
        (Role::Member, None) => bail!("--role member needs --organisation ORG (see `madoguchi org list`)"),
        (Role::Member, Some(_)) | (_, None) => {}
        (other, Some(_)) => bail!("--organisation is for --role member, not {}", other.as_str()),
    }
    if let Some(s) = section {
        if !matches!(role, Role::Staff | Role::Admin) {
            bail!("--section is for staff, not {}", role.as_str());
        }
        let config = settings::load(config).map_err(|e| anyhow!(e))?;
        if config.section(s).is_none() {
            let known: Vec<&str> = config.sections.iter().map(|s| s.id.as_str()).collect();
            bail!("--section {s:?} is not a section of the configuration ({})", known.join(", "));
        }
    }
    Ok(())
}

fn check_organisation(conn: &store::rusqlite::Connection, organisation: Option<&str>) -> anyhow::Result<()> {
    if let Some(o) = organisation
        && platform::accounts::find_org(conn, o)?.is_none()
    {
        bail!("--organisation {o:?} is no organisation (see `madoguchi org list`)");
    }
    Ok(())
}

pub fn org(cmd: OrgCommand) -> anyhow::Result<()> {
    use platform::accounts::{self, OrgKind, Organisation};
    match cmd {
        OrgCommand::Create { data, kind, name, name_en, district, office, config } => {
            let kind = OrgKind::parse(&kind).ok_or_else(|| anyhow!("--kind {kind:?} is not one of {}", OrgKind::names()))?;
            let mut names = std::collections::BTreeMap::from([("ja".to_owned(), name)]);
            if let Some(en) = name_en {
                names.insert("en".to_owned(), en);
            }
            let name = platform::text::Text::parse(names, accounts::MAX_NAME_CHARS).map_err(|e| anyhow!("--name: {e}"))?;
            if let Some(d) = &district {
                let reference = platform::reference::Reference::built_in().map_err(|e| anyhow!(e))?;
                if reference.district(d).is_none() {
                    let ids: Vec<&str> = reference.districts.iter().map(|d| d.id.as_str()).collect();
                    bail!("--district {d:?} is not one of the ward's districts ({})", ids.join(", "));
                }
            }
            check_office(office.as_deref(), config.as_deref())?;
            let conn = open_accounts(&data)?;
            let org = Organisation { id: accounts::new_org_id(), kind, name, district, office };
            accounts::insert_org(&conn, &org, jiff::Timestamp::now().as_microsecond())?;
            println!("{}", org.id);
            Ok(())
        }
        OrgCommand::List { data } => {
            open_existing(&data)?;
            let conn = open_accounts(&data)?;
            println!("{:<14} {:<9} {:<14} {:<14} name", "id", "kind", "office", "district");
            let mut offset = 0;
            loop {
                let page = accounts::list_orgs(&conn, 500, offset)?;
                for o in &page {
                    println!(
                        "{:<14} {:<9} {:<14} {:<14} {}",
                        o.id,
                        o.kind.as_str(),
                        o.office.as_deref().unwrap_or("-"),
                        o.district.as_deref().unwrap_or("-"),
                        o.name.ja_text()
                    );
                }
                if page.len() < 500 {
                    return Ok(());
                }
                offset += 500;
            }
        }
    }
}

fn check_office(office: Option<&str>, config: Option<&Path>) -> anyhow::Result<()> {
    let Some(o) = office else { return Ok(()) };
    let config = settings::load(config).map_err(|e| anyhow!(e))?;
    if config.office(o).is_none() {
        let known: Vec<&str> = config.offices.iter().map(|o| o.id.as_str()).collect();
        bail!("--office {o:?} is not an office of the configuration ({})", known.join(", "));
    }
    Ok(())
}

/// The largest inputs `madoguchi staffing` takes: far beyond any office, yet
/// small enough that every computation (the counter search, Erlang A's
/// chain) finishes in milliseconds.
const MAX_ARRIVALS_PER_HOUR: f64 = 100_000.0;
/// A day: no service, target or patience is longer.
const MAX_STAFFING_MINUTES: f64 = 1440.0;

pub fn staffing(args: StaffingArgs) -> anyhow::Result<()> {
    let within = |flag: &str, v: f64, max: f64| {
        if v.is_finite() && v <= max { Ok(()) } else { Err(anyhow!("--{flag} must be a number at most {max}, found {v}")) }
    };
    within("arrivals-per-hour", args.arrivals_per_hour, MAX_ARRIVALS_PER_HOUR)?;
    within("service-minutes", args.service_minutes, MAX_STAFFING_MINUTES)?;
    within("target-wait-minutes", args.target_wait_minutes, MAX_STAFFING_MINUTES)?;
    let patience = match args.patience_minutes {
        Some(p) if p.is_finite() && p > 0.0 && p <= MAX_STAFFING_MINUTES => Some(p),
        Some(_) => bail!("--patience-minutes must be a number above 0 and at most {MAX_STAFFING_MINUTES}"),
        None => None,
    };
    let s = queue_core::staffing::fewest_counters(args.arrivals_per_hour, args.service_minutes, args.target_wait_minutes, args.target_share)?;
    let abandonment = patience.map(|p| queue_core::staffing::erlang_a(s.counters, args.arrivals_per_hour, args.service_minutes, p));
    if args.json {
        let mut v = serde_json::to_value(s)?;
        if let Some(a) = abandonment {
            v["abandonment"] = serde_json::to_value(a)?;
        }
        println!("{v}");
    } else {
        println!("counters:               {}", s.counters);
        println!("probability of waiting: {:.4}", s.probability_of_waiting);
        println!("mean wait:              {:.2} minutes", s.mean_wait_minutes);
        println!("served within {} min:   {:.1}%", args.target_wait_minutes, s.share_within_target * 100.0);
        if let Some(a) = abandonment {
            println!("with {:.0} minutes' patience (Erlang A):", a.patience_minutes);
            println!("  give up waiting:      {:.1}%", a.probability_of_abandoning * 100.0);
            println!("  probability of waiting: {:.4}", a.probability_of_waiting);
            println!("  mean wait:            {:.2} minutes", a.mean_wait_minutes);
        }
    }
    Ok(())
}

/// The most arrivals one queue may have in one day of imported history.
///
/// The busiest municipal counters in Japan (a Tokyo special ward's resident
/// registration in the spring moving season) see one to two thousand
/// residents a day at one queue; 5,000 is a ticket every 6 seconds for a
/// whole day at one queue, well above any real office, while a typo or an
/// overflow (4,294,967,295) is refused rather than forecast from.
pub const MAX_DAILY_ARRIVALS: u32 = 5_000;

/// Parses a history CSV: every bad row is reported by line; nothing is
/// loaded unless every row is good.
pub fn parse_history(text: &str, config: &queue_core::WardConfig) -> Result<Vec<store::history::DailyArrivals>, Vec<(usize, String)>> {
    let mut errors = Vec::new();
    let mut rows = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut lines = text.lines().enumerate();
    match lines.next() {
        Some((_, header)) if header.trim_start_matches('\u{feff}').trim().replace(' ', "") == "date,office,queue,arrivals" => {}
        Some((_, header)) => return Err(vec![(1, format!("the header must be date,office,queue,arrivals, found {:?}", header.trim()))]),
        None => return Err(vec![(1, "the file is empty".into())]),
    }
    for (i, line) in lines {
        let n = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split(',').map(str::trim).collect();
        let [date, office, queue, arrivals] = fields.as_slice() else {
            errors.push((n, format!("expected 4 fields, found {}", fields.len())));
            continue;
        };
        let date: jiff::civil::Date = match date.parse() {
            Ok(d) if date.len() == 10 => d,
            _ => {
                errors.push((n, format!("date {date:?} is not an ISO date (YYYY-MM-DD)")));
                continue;
            }
        };
        let Some(o) = config.office(office) else {
            errors.push((n, format!("unknown office {office:?}")));
            continue;
        };
        if o.queue(queue).is_none() {
            errors.push((n, format!("office {office} has no queue {queue:?}")));
            continue;
        }
        let arrivals = match arrivals.parse::<u32>() {
            Ok(a) if a <= MAX_DAILY_ARRIVALS => a,
            Ok(a) => {
                errors.push((n, format!("arrivals {a} is more than {MAX_DAILY_ARRIVALS}, the most one queue can plausibly see in a day")));
                continue;
            }
            Err(_) => {
                errors.push((n, format!("arrivals {arrivals:?} is not a whole number from 0 to {MAX_DAILY_ARRIVALS}")));
                continue;
            }
        };
        if !seen.insert((date, office.to_string(), queue.to_string())) {
            errors.push((n, format!("{date} {office} {queue} appears twice")));
            continue;
        }
        rows.push(store::history::DailyArrivals { date, office: office.to_string(), queue: queue.to_string(), arrivals });
    }
    if errors.is_empty() { Ok(rows) } else { Err(errors) }
}

pub fn import_history(args: ImportArgs) -> anyhow::Result<()> {
    let config = settings::load(args.config.as_deref()).map_err(|e| anyhow!(e))?;
    let file = args.file.display().to_string();
    let bytes = std::fs::read(&args.file).map_err(|e| anyhow!("{file}: cannot read: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|_| anyhow!("{file}: not UTF-8 text"))?;
    let rows = match parse_history(&text, &config) {
        Ok(rows) => rows,
        Err(errors) => {
            for (line, reason) in errors.iter().skip(1).take(50) {
                eprintln!("{file}:{line}: {reason}");
            }
            let (line, reason) = &errors[0];
            bail!("{file}:{line}: {reason} ({} bad rows; nothing imported)", errors.len());
        }
    };
    let db = store::Db::open(&args.data).with_context(|| format!("data directory {}", args.data.display()))?;
    let mut conn = db.connect(false)?;
    let bar = progress(rows.len() as u64, "importing");
    let mut n = 0;
    // One transaction per chunk keeps the bar moving; a failure undoes the
    // chunks already written, so the file is still all or nothing.
    let tx = conn.transaction_with_behavior(store::rusqlite::TransactionBehavior::Immediate)?;
    for chunk in rows.chunks(2000) {
        n += store::history::import_into(&tx, chunk)?;
        bar.inc(chunk.len() as u64);
    }
    tx.commit()?;
    bar.finish_and_clear();
    println!("imported {n} rows from {file}");
    Ok(())
}

/// A progress bar on a terminal; hidden when standard error is not one.
fn progress(len: u64, what: &str) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::with_draw_target(Some(len), indicatif::ProgressDrawTarget::stderr());
    if let Ok(style) = indicatif::ProgressStyle::with_template("{msg:12} [{bar:40}] {pos}/{len} {elapsed}") {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message(what.to_owned());
    bar
}

pub fn backtest_waits(args: ReportArgs) -> anyhow::Result<()> {
    use queue_core::waits::{self, ErrorSummary};
    let (config, db) = args.open()?;
    let conn = db.connect(true)?;
    let mut rows = Vec::new();
    let mut everything = Vec::new();
    for o in config.offices.iter().filter(|o| args.covers(o)) {
        let log = store::events::all(&conn, o.id.as_str())?
            .into_iter()
            .filter_map(|e| {
                Some(waits::LogEvent {
                    kind: queue_core::ChangeKind::parse(&e.event_type)?,
                    ticket: e.ticket,
                    queue: e.queue,
                    counter: e.counter,
                    at: jiff::Timestamp::from_microsecond(e.at_micros).ok()?,
                })
            })
            .collect::<Vec<_>>();
        if log.is_empty() {
            continue;
        }
        let replay = waits::replay(std::sync::Arc::new(o.clone()), &log);
        if replay.skipped > 0 {
            eprintln!("{}: {} of {} log lines did not apply and were left out", o.id, replay.skipped, log.len());
        }
        rows.push((format!("office {}", o.id), waits::report(&replay.samples).overall));
        everything.extend(replay.samples);
    }
    if everything.is_empty() {
        println!("no tickets in the event log yet");
        return Ok(());
    }
    let all = waits::report(&everything);
    println!("{}", ErrorSummary::TABLE_HEADER);
    println!("{}", all.overall.table_row("all"));
    for band in &all.by_position {
        println!("{}", band.table_row(&format!("position {}", band.label)));
    }
    for (name, summary) in rows {
        println!("{}", summary.table_row(&name));
    }
    println!("\n{} estimates left the line uncalled (cancelled, or still waiting).", all.uncalled);
    Ok(())
}

pub fn backtest(args: ReportArgs, origins: usize) -> anyhow::Result<()> {
    use queue_core::forecast;
    if !(1..=24).contains(&origins) {
        bail!("--origins must be 1 to 24");
    }
    let (config, db) = args.open()?;
    let conn = db.connect(true)?;
    let cal = queue_core::calendar::WardCalendar::new(&config);
    let today = queue_core::clock::business_day(jiff::Timestamp::now());
    let offices: Vec<&queue_core::config::Office> = config.offices.iter().filter(|o| args.covers(o)).collect();
    let mut tables = Vec::new();
    for o in offices {
        let histories = crate::forecasting::histories(&conn, o.id.as_str(), today)?;
        let longest = histories.values().max_by_key(|h| h.len()).cloned().unwrap_or_default();
        if longest.is_empty() {
            eprintln!("{}: no history; import some with `madoguchi import-history`", o.id);
            continue;
        }
        let points = forecast::default_origins(&cal, o.id.as_str(), &longest, origins);
        let bar = progress((points.len()) as u64, o.id.as_str());
        let reports = forecast::backtest_office(&cal, o, &histories, &points, |done, _| bar.set_position(done as u64));
        bar.finish_and_clear();
        tables.push((o.id.to_string(), reports));
    }
    println!("| office | queue | days | mean/day | MASE | seasonal-naive MASE | ratio | pinball p10 | pinball p90 | p10–p90 coverage |");
    println!("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (office, reports) in tables {
        for (queue, r) in reports {
            match r {
                Ok(r) => println!(
                    "| {office} | {queue} | {} | {:.1} | {:.3} | {:.3} | {:.2} | {:.2} | {:.2} | {:.1}% |",
                    r.days,
                    r.mean_actual,
                    r.mase,
                    r.naive_mase,
                    r.relative_mase(),
                    r.pinball_p10,
                    r.pinball_p90,
                    r.coverage * 100.0
                ),
                Err(e) => println!("| {office} | {queue} | – | – | – | – | – | – | – | {e} |"),
            }
        }
    }
    Ok(())
}

pub fn synth_history(from: String, to: String, seed: u64, config: Option<PathBuf>, out: PathBuf) -> anyhow::Result<()> {
    let config = settings::load(config.as_deref()).map_err(|e| anyhow!(e))?;
    let parse = |flag: &str, v: &str| v.parse::<jiff::civil::Date>().map_err(|_| anyhow!("--{flag} {v:?} is not a date YYYY-MM-DD"));
    let (from, to) = (parse("from", &from)?, parse("to", &to)?);
    if from > to || (to - from).get_days() > 3660 {
        bail!("--from must be before --to, at most ten years apart");
    }
    let cal = queue_core::calendar::WardCalendar::new(&config);
    let days = queue_core::forecast::synth::generate(&cal, &config, from, to, seed);
    let mut csv = String::from("date,office,queue,arrivals\n");
    for d in &days {
        csv.push_str(&format!("{},{},{},{}\n", d.date, d.office, d.queue, d.arrivals));
    }
    std::fs::write(&out, csv).map_err(|e| anyhow!("{}: {e}", out.display()))?;
    println!("wrote {} rows to {}", days.len(), out.display());
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_loopback_public_url_is_warned_about_with_the_flags_to_use() {
        let lan = ["192.168.10.23".parse().expect("ip")];
        let w = super::loopback_warning("http://127.0.0.1:8080", &lan).expect("warned");
        assert!(w.contains("WARNING") && w.contains("--listen 0.0.0.0:8080 --public-url http://192.168.10.23:8080"), "{w}");
        assert!(super::loopback_warning("http://localhost:8080", &[]).expect("warned").contains("THIS-MACHINE-ADDRESS"));
        assert!(super::loopback_warning("http://[::1]:8080", &[]).is_some());
        assert_eq!(super::loopback_warning("http://192.168.10.23:8080", &lan), None);
        assert_eq!(super::loopback_warning("https://madoguchi.city.example/", &lan), None);
    }

    use super::*;

    #[test]
    fn history_rows_are_checked_line_by_line() {
        let config = settings::load(None).expect("config");
        let text = "date,office,queue,arrivals\n2025-04-01,yahatanishi,A,120\n2025-13-01,yahatanishi,A,3\n2025-04-02,nowhere,A,3\n2025-04-02,yahatanishi,A,-4\n2025-04-01,yahatanishi,A,7\n";
        let errors = parse_history(text, &config).expect_err("bad rows");
        let lines: Vec<usize> = errors.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [3, 4, 5, 6]);
        let good = "\u{feff}date,office,queue,arrivals\r\n2025-04-01,yahatanishi,A,120\r\n";
        assert_eq!(parse_history(good, &config).expect("good").len(), 1);
    }
}
