//! The domain of Madoguchi, with no I/O.
//!
//! Everything here is plain data and pure functions: the ward's configuration
//! ([`config`]), the ticket lifecycle ([`ticket`]), the live state of one office
//! for one day with numbering, call-next and wait estimates ([`office`]), and
//! the clock abstraction ([`clock`]) that lets tests cross midnight, office
//! days and national holidays ([`calendar`]), and load forecasting with
//! staffing advice ([`forecast`], [`staffing`]).
//!
//! **Architecture invariant:** this crate never touches files, sockets or the
//! system clock directly. Callers pass in the time, the random ids and the
//! configuration text.

pub mod calendar;
pub mod clock;
pub mod config;
pub mod forecast;
pub mod ids;
pub mod lang;
pub mod journey;
pub mod office;
pub mod operations;
pub mod reception;
pub mod report;
pub mod staffing;
pub mod ticket;
pub mod waits;

pub use clock::{Clock, ManualClock, SystemClock};
pub use calendar::WardCalendar;
pub use config::{ConfigError, WardConfig};
pub use ids::{CounterId, OfficeId, QueueId, SectionId, ServiceId, TicketId};
pub use lang::{Lang, Localized};
pub use office::{Change, ChangeKind, IssueTarget, OfficeState, SeenStep, WaitEstimate};
pub use ticket::{Status, Ticket, TicketNumber, TransitionError};

/// The one time zone of the ward: business days, numbering and hours are all
/// counted in Japan Standard Time.
pub const TIME_ZONE: &str = "Asia/Tokyo";
