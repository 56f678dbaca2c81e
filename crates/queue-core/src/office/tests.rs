use super::*;
use crate::config::WardConfig;
use crate::config::tests::SMALL;
use jiff::SignedDuration;
use proptest::prelude::*;
use std::collections::HashSet;

fn office() -> Arc<Office> {
    let c = WardConfig::parse(SMALL).expect("small ward parses");
    Arc::new(c.offices[0].clone())
}

fn t0() -> Timestamp {
    // 2026-04-01 09:00 JST
    "2026-04-01T00:00:00Z".parse().expect("timestamp")
}

struct Fixture {
    state: OfficeState,
    now: Timestamp,
    next: u32,
}

impl Fixture {
    fn new() -> Self {
        Fixture { state: OfficeState::new(office(), jiff::civil::date(2026, 4, 1), 0), now: t0(), next: 0 }
    }

    fn tick(&mut self) -> Timestamp {
        self.now += SignedDuration::from_secs(30);
        self.now
    }

    fn issue(&mut self, target: IssueTarget) -> Result<Change, DomainError> {
        self.next += 1;
        let now = self.tick();
        let id = TicketId::parse(&format!("t{}", self.next)).expect("id");
        self.state.issue(target, Lang::ja(), id, format!("token-{}", self.next), now)
    }

    fn issue_queue(&mut self, q: &str) -> Ticket {
        self.issue(IssueTarget::Queue(q.into())).expect("issue").ticket.expect("ticket")
    }
}

#[test]
fn numbers_run_per_queue_from_one() {
    let mut f = Fixture::new();
    assert_eq!(f.issue_queue("A").number.to_string(), "A-001");
    assert_eq!(f.issue_queue("A").number.to_string(), "A-002");
    assert_eq!(f.issue_queue("B").number.to_string(), "B-001");
    let by_service = f.issue(IssueTarget::Service("certificate".into())).expect("issue").ticket.expect("ticket");
    assert_eq!(by_service.number.to_string(), "B-002");
    assert_eq!(by_service.service.as_ref().map(|s| s.as_str()), Some("certificate"));
    assert!(matches!(f.issue(IssueTarget::Queue("Z".into())), Err(DomainError::UnknownQueue { .. })));
    assert!(matches!(f.issue(IssueTarget::Service("nope".into())), Err(DomainError::UnknownService { .. })));
}

#[test]
fn seq_rises_by_one_per_change() {
    let mut f = Fixture::new();
    let a = f.issue(IssueTarget::Queue("A".into())).expect("issue");
    let now = f.tick();
    let b = f.state.call_next("1", now).expect("call").expect("someone waits");
    assert_eq!((a.seq, b.seq), (1, 2));
    assert_eq!(b.kind, ChangeKind::Called);
}

#[test]
fn positions_and_estimates_follow_the_line() {
    let mut f = Fixture::new();
    let a1 = f.issue_queue("A");
    let a2 = f.issue_queue("A");
    let a3 = f.issue_queue("A");
    let pos = |f: &Fixture, t: &Ticket| f.state.ticket(t.id.as_str()).and_then(|t| f.state.position(t));
    assert_eq!([pos(&f, &a1), pos(&f, &a2), pos(&f, &a3)], [Some(1), Some(2), Some(3)]);
    // Queue A: 10 minutes each, two counters serve it, both free: they take
    // the first two at once, and the third waits for one of them (600 s ÷ 2).
    let t3 = f.state.ticket(a3.id.as_str()).expect("ticket").clone();
    assert_eq!(f.state.estimated_wait_seconds(&t3), Some(300));
    let now = f.tick();
    f.state.call_next("1", now).expect("call");
    assert_eq!([pos(&f, &a1), pos(&f, &a2), pos(&f, &a3)], [None, Some(1), Some(2)]);
}

#[test]
fn priority_tickets_go_ahead_at_most_once_per_two_regular_calls() {
    let mut f = Fixture::new();
    let mut issue = |f: &mut Fixture, priority: bool| {
        f.next += 1;
        let now = f.tick();
        let id = TicketId::parse(&format!("t{}", f.next)).expect("id");
        f.state.issue_with(IssueTarget::Queue("A".into()), Lang::ja(), id, format!("token-{}", f.next), priority, now).expect("issue").ticket.expect("ticket")
    };
    // Five regular residents, then three with priority.
    let regular: Vec<Ticket> = (0..5).map(|_| issue(&mut f, false)).collect();
    let priority: Vec<Ticket> = (0..3).map(|_| issue(&mut f, true)).collect();
    assert!(priority.iter().all(|t| t.priority) && !regular[0].priority);
    let mut order = Vec::new();
    for _ in 0..8 {
        let now = f.tick();
        let c = f.state.call_next("1", now).expect("call").expect("someone waits");
        order.push(c.ticket.expect("ticket").number.to_string());
        let now = f.tick();
        let id = f.state.current_at(&CounterId::parse("1").expect("id")).expect("at counter").id.to_string();
        f.state.finish(&id, now).expect("finish");
    }
    // P first (nobody priority before it), then two regular, P, two regular, P, the rest.
    assert_eq!(order, ["A-006", "A-001", "A-002", "A-007", "A-003", "A-004", "A-008", "A-005"]);
}

#[test]
fn the_head_of_each_line_is_the_start_of_its_positions() {
    let mut f = Fixture::new();
    for _ in 0..7 {
        f.issue_queue("A");
    }
    for _ in 0..2 {
        f.issue_queue("B");
    }
    let now = f.tick();
    f.state.call_next("1", now).expect("call");
    let all: Vec<(String, u32)> = f.state.positions().map(|(t, p)| (t.number.to_string(), p)).collect();
    let head: Vec<(String, u32)> = f.state.positions_head(3).map(|(t, p)| (t.number.to_string(), p)).collect();
    let expected: Vec<(String, u32)> = all.iter().filter(|(_, p)| *p <= 3).cloned().collect();
    assert_eq!(head, expected);
    assert_eq!(head.iter().filter(|(n, _)| n.starts_with('A')).count(), 3, "A has six waiting: only three listed");
    assert_eq!(head.iter().filter(|(n, _)| n.starts_with('B')).count(), 2, "B's whole line is shorter than the head");
    assert!(head.contains(&("A-002".to_owned(), 1)), "A-001 was called: {head:?}");
}

#[test]
fn a_counter_calls_the_longest_wait_among_its_queues() {
    let mut f = Fixture::new();
    let b1 = f.issue_queue("B");
    let a1 = f.issue_queue("A");
    let now = f.tick();
    let first = f.state.call_next("2", now).expect("call").expect("some");
    assert_eq!(first.ticket.expect("ticket").id, b1.id);
    let second = f.state.call_next("2", now).expect("call").expect("some");
    assert_eq!(second.ticket.expect("ticket").id, a1.id);
    assert!(f.state.call_next("2", now).expect("call").is_none());
    assert!(matches!(f.state.call_next("9", now), Err(DomainError::UnknownCounter { .. })));
}

#[test]
fn counter_1_never_takes_queue_b() {
    let mut f = Fixture::new();
    f.issue_queue("B");
    let now = f.tick();
    assert!(f.state.call_next("1", now).expect("call").is_none());
}

#[test]
fn illegal_moves_are_typed_errors() {
    let mut f = Fixture::new();
    let a1 = f.issue_queue("A");
    let now = f.tick();
    let err = f.state.start(a1.id.as_str(), now).expect_err("waiting cannot start");
    assert!(matches!(err, DomainError::Transition(TransitionError { from: Status::Waiting, .. })));
    assert!(f.state.finish(a1.id.as_str(), now).is_err());
    assert!(f.state.no_show(a1.id.as_str(), now).is_err());
    f.state.cancel(a1.id.as_str(), now).expect("waiting can be cancelled");
    assert!(f.state.cancel(a1.id.as_str(), now).is_err());
    assert_eq!(f.state.waiting_count(&QueueId::parse("A").expect("id")), 0);
    assert!(matches!(f.state.recall("missing", now), Err(DomainError::TicketNotFound(_))));
}

#[test]
fn recall_counts_and_keeps_the_counter() {
    let mut f = Fixture::new();
    let a1 = f.issue_queue("A");
    let now = f.tick();
    f.state.call_next("1", now).expect("call");
    let now = f.tick();
    let r = f.state.recall(a1.id.as_str(), now).expect("recall");
    let t = r.ticket.expect("ticket");
    assert_eq!((t.recalls, t.status, t.counter.as_ref().map(|c| c.as_str())), (1, Status::Called, Some("1")));
}

#[test]
fn transfer_keeps_the_number_and_the_original_place() {
    let mut f = Fixture::new();
    let a1 = f.issue_queue("A");
    let b1 = f.issue_queue("B");
    let _b2 = f.issue_queue("B");
    let now = f.tick();
    f.state.call_next("1", now).expect("call a1");
    let now = f.tick();
    let moved = f.state.transfer(a1.id.as_str(), IssueTarget::Queue("B".into()), now).expect("transfer").ticket.expect("ticket");
    assert_eq!(moved.number.to_string(), "A-001");
    assert_eq!(moved.queue.as_str(), "B");
    assert_eq!(moved.status, Status::Waiting);
    // Issued before b1, so it is first in B's line.
    assert_eq!(f.state.position(&moved), Some(1));
    let b1_now = f.state.ticket(b1.id.as_str()).expect("b1").clone();
    assert_eq!(f.state.position(&b1_now), Some(2));
}

#[test]
fn journeys_advance_under_one_number() {
    let mut f = Fixture::new();
    let step = |q: &str| JourneyStep {
        service: None,
        also: Vec::new(),
        queue: QueueId::parse(q).expect("id"),
        section: crate::ids::SectionId::parse("shimin").expect("id"),
        status: StepStatus::Pending,
    };
    let t = f.issue(IssueTarget::Journey(vec![step("A"), step("B")])).expect("issue").ticket.expect("ticket");
    let now = f.tick();
    f.state.call_next("1", now).expect("call");
    let now = f.tick();
    let adv = f.state.finish(t.id.as_str(), now).expect("finish");
    assert_eq!(adv.kind, ChangeKind::Advanced);
    let t2 = adv.ticket.expect("ticket");
    assert_eq!((t2.status, t2.queue.as_str(), t2.number.to_string()), (Status::Waiting, "B", "A-001".to_owned()));
    let now = f.tick();
    f.state.call_next("2", now).expect("call").expect("the journey ticket waits in B");
    let now = f.tick();
    let done = f.state.finish(t.id.as_str(), now).expect("finish");
    assert_eq!(done.kind, ChangeKind::Finished);
    let j = done.ticket.expect("ticket").journey.expect("journey");
    assert!(j.iter().all(|s| s.status == StepStatus::Done));
}

#[test]
fn a_new_day_restarts_numbers_and_keeps_seq() {
    let mut f = Fixture::new();
    f.issue_queue("A");
    f.issue_queue("A");
    let seq = f.state.seq();
    assert!(f.state.roll_over(jiff::civil::date(2026, 4, 1), f.now).is_empty());
    let changes = f.state.roll_over(jiff::civil::date(2026, 4, 2), f.now);
    // The two still waiting close with their day, then the new day starts.
    let kinds: Vec<(ChangeKind, u64)> = changes.iter().map(|c| (c.kind, c.seq)).collect();
    assert_eq!(kinds, [(ChangeKind::Unserved, seq + 1), (ChangeKind::Unserved, seq + 2), (ChangeKind::DayStarted, seq + 3)]);
    assert!(changes[..2].iter().all(|c| c.ticket.as_ref().is_some_and(|t| t.status == Status::Unserved && t.status.is_final())));
    assert_eq!(f.issue_queue("A").number.to_string(), "A-001");
}

#[test]
fn tokyo_midnight_not_utc_midnight_starts_the_day() {
    // 14:59:59Z is 23:59:59 in Tokyo; 15:00:00Z is the next day there.
    let before: Timestamp = "2026-04-01T14:59:59Z".parse().expect("ts");
    let after: Timestamp = "2026-04-01T15:00:00Z".parse().expect("ts");
    assert_eq!(crate::clock::business_day(before), jiff::civil::date(2026, 4, 1));
    assert_eq!(crate::clock::business_day(after), jiff::civil::date(2026, 4, 2));
    let utc_midnight: Timestamp = "2026-04-02T00:00:00Z".parse().expect("ts");
    assert_eq!(crate::clock::business_day(utc_midnight), jiff::civil::date(2026, 4, 2));
}

#[test]
fn restore_rebuilds_lines_numbers_and_calls() {
    let mut f = Fixture::new();
    let a1 = f.issue_queue("A");
    f.issue_queue("A");
    f.issue_queue("B");
    let now = f.tick();
    f.state.call_next("1", now).expect("call");
    let seq = f.state.seq();
    let restored = OfficeState::restore(office(), f.state.day(), seq, f.state.tickets().to_vec());
    assert_eq!(restored.seq(), seq);
    assert_eq!(restored.waiting_count(&QueueId::parse("A").expect("id")), 1);
    assert_eq!(restored.recent_calls().next().map(|t| t.id.clone()), Some(a1.id.clone()));
    let mut restored = restored;
    let now = f.tick();
    let next = restored.issue(IssueTarget::Queue("A".into()), Lang::ja(), TicketId::parse("x").expect("id"), "tok-x".into(), now).expect("issue");
    assert_eq!(next.ticket.expect("ticket").number.to_string(), "A-003");
}

#[test]
fn weights_favour_a_queue() {
    let mut config = WardConfig::parse(SMALL).expect("parses");
    config.offices[0].queues[1].weight = 10.0; // B
    let mut state = OfficeState::new(Arc::new(config.offices[0].clone()), jiff::civil::date(2026, 4, 1), 0);
    let at = |s: i64| t0() + SignedDuration::from_secs(s);
    state.issue(IssueTarget::Queue("A".into()), Lang::ja(), TicketId::parse("a").expect("id"), "ta".into(), at(0)).expect("issue");
    state.issue(IssueTarget::Queue("B".into()), Lang::ja(), TicketId::parse("b").expect("id"), "tb".into(), at(60)).expect("issue");
    // At 120 s, A has waited 120 s and B 60 s × 10.
    let c = state.call_next("2", at(120)).expect("call").expect("some");
    assert_eq!(c.ticket.expect("ticket").id.as_str(), "b");
}

#[derive(Debug, Clone)]
enum Op {
    Issue(bool),
    CallNext(bool),
    Recall(usize),
    Start(usize),
    Finish(usize),
    NoShow(usize),
    Cancel(usize),
    Transfer(usize, bool),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => any::<bool>().prop_map(Op::Issue),
        2 => any::<bool>().prop_map(Op::CallNext),
        1 => any::<usize>().prop_map(Op::Recall),
        1 => any::<usize>().prop_map(Op::Start),
        1 => any::<usize>().prop_map(Op::Finish),
        1 => any::<usize>().prop_map(Op::NoShow),
        1 => any::<usize>().prop_map(Op::Cancel),
        1 => (any::<usize>(), any::<bool>()).prop_map(|(i, b)| Op::Transfer(i, b)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Whatever staff do in whatever order: numbers are never duplicated,
    /// every ticket is in exactly one state, waiting tickets sit in exactly
    /// one line, and positions in each line are exactly 1..n.
    #[test]
    fn invariants_hold_under_any_sequence(ops in proptest::collection::vec(op(), 1..120)) {
        let mut f = Fixture::new();
        let mut last_seq = 0;
        for op in ops {
            let ids: Vec<String> = f.state.tickets().iter().map(|t| t.id.to_string()).collect();
            let pick = |i: usize| ids.get(i % ids.len().max(1)).cloned().unwrap_or_default();
            let now = f.tick();
            let result = match op {
                Op::Issue(a) => f.issue(IssueTarget::Queue(if a { "A" } else { "B" }.into())).map(Some),
                Op::CallNext(one) => f.state.call_next(if one { "1" } else { "2" }, now),
                Op::Recall(i) => f.state.recall(&pick(i), now).map(Some),
                Op::Start(i) => f.state.start(&pick(i), now).map(Some),
                Op::Finish(i) => f.state.finish(&pick(i), now).map(Some),
                Op::NoShow(i) => f.state.no_show(&pick(i), now).map(Some),
                Op::Cancel(i) => f.state.cancel(&pick(i), now).map(Some),
                Op::Transfer(i, a) => f.state.transfer(&pick(i), IssueTarget::Queue(if a { "A" } else { "B" }.into()), now).map(Some),
            };
            if let Ok(Some(change)) = result {
                prop_assert_eq!(change.seq, last_seq + 1);
                last_seq = change.seq;
            }
            prop_assert_eq!(f.state.seq(), last_seq);

            let numbers: HashSet<String> = f.state.tickets().iter().map(|t| t.number.to_string()).collect();
            prop_assert_eq!(numbers.len(), f.state.tickets().len());
            let mut in_lines = HashSet::new();
            for q in ["A", "B"] {
                let q = QueueId::parse(q).expect("id");
                for (i, t) in f.state.line(&q).enumerate() {
                    prop_assert_eq!(t.status, Status::Waiting);
                    prop_assert_eq!(&t.queue, &q);
                    prop_assert_eq!(f.state.position(t), Some(i as u32 + 1));
                    prop_assert!(in_lines.insert(t.id.clone()), "a ticket in two lines");
                }
            }
            for t in f.state.tickets() {
                prop_assert_eq!(t.status == Status::Waiting, in_lines.contains(&t.id));
                prop_assert_eq!(t.counter.is_some(), matches!(t.status, Status::Called | Status::Serving) || (t.status.is_final() && t.called_at.is_some()));
            }
        }
    }
}

#[test]
fn staff_can_skip_and_add_journey_steps() {
    let mut f = Fixture::new();
    let plain = f.issue_queue("A");
    let now = f.tick();
    // A plain ticket becomes a journey with one more stop.
    let added = f.state.add_step(plain.id.as_str(), "certificate", now).expect("add").ticket.expect("ticket");
    let j = added.journey.expect("journey");
    assert_eq!(j.iter().map(|s| (s.queue.as_str(), s.status)).collect::<Vec<_>>(), [("A", StepStatus::Current), ("B", StepStatus::Pending)]);
    // Skipping the current step sends it on to B, same number.
    let now = f.tick();
    let skipped = f.state.skip_step(plain.id.as_str(), now).expect("skip");
    assert_eq!(skipped.kind, ChangeKind::Advanced);
    let t = skipped.ticket.expect("ticket");
    assert_eq!((t.queue.as_str(), t.status, t.number.to_string()), ("B", Status::Waiting, "A-001".to_owned()));
    assert_eq!(f.state.waiting_count(&QueueId::parse("A").expect("id")), 0);
    assert_eq!(f.state.waiting_count(&QueueId::parse("B").expect("id")), 1);
    // Skipping the last step finishes it.
    let now = f.tick();
    assert_eq!(f.state.skip_step(plain.id.as_str(), now).expect("skip").kind, ChangeKind::Finished);
    assert_eq!(f.state.waiting_count(&QueueId::parse("B").expect("id")), 0);
    let now = f.tick();
    assert!(f.state.skip_step(plain.id.as_str(), now).is_err());
    let other = f.issue_queue("A");
    let now = f.tick();
    assert!(matches!(f.state.skip_step(other.id.as_str(), now), Err(DomainError::NotOnJourney)));
    assert!(matches!(f.state.add_step(other.id.as_str(), "nope", now), Err(DomainError::UnknownService { .. })));
}

#[test]
fn a_later_step_can_be_skipped_while_the_resident_stays() {
    let mut f = Fixture::new();
    let t = f.issue_queue("A");
    let id = t.id.as_str();
    let now = f.tick();
    f.state.add_step(id, "certificate", now).expect("add");
    // The desk skips the pending step B: the ticket keeps its place in A.
    let now = f.tick();
    let skipped = f.state.skip_step_at(id, 1, SeenStep::default(), now).expect("skip");
    assert_eq!(skipped.kind, ChangeKind::JourneyChanged);
    let after = skipped.ticket.expect("ticket");
    assert_eq!((after.queue.as_str(), after.status), ("A", Status::Waiting));
    let j = after.journey.expect("journey");
    assert_eq!(j.iter().map(|s| s.status).collect::<Vec<_>>(), [StepStatus::Current, StepStatus::Skipped]);
    assert_eq!(f.state.waiting_count(&QueueId::parse("A").expect("id")), 1);
    let now = f.tick();
    assert_eq!(f.state.skip_step_at(id, 1, SeenStep::default(), now).map(|c| c.kind), Err(DomainError::StepNotPending(1)));
    assert_eq!(f.state.skip_step_at(id, 7, SeenStep::default(), now).map(|c| c.kind), Err(DomainError::UnknownStep(7)));
    // Skipping the current step is `skip_step`: nothing pending is left, so it is done.
    assert_eq!(f.state.skip_step_at(id, 0, SeenStep::default(), now).expect("skip").kind, ChangeKind::Finished);
    assert_eq!(f.state.waiting_count(&QueueId::parse("A").expect("id")), 0);
    let plain = f.issue_queue("A");
    assert_eq!(f.state.skip_step_at(plain.id.as_str(), 0, SeenStep::default(), now).map(|c| c.kind), Err(DomainError::NotOnJourney));
}

#[test]
fn a_step_that_changed_under_a_desk_is_not_skipped() {
    let mut f = Fixture::new();
    let t = f.issue_queue("B");
    let id = t.id.as_str();
    let now = f.tick();
    f.state.add_step(id, "moving-in", now).expect("add");
    // Desk 1 sees step 1: moving in, queue A. Desk 2 adds a step before it.
    let seen = SeenStep { queue: Some("A"), service: Some("moving-in") };
    let now = f.tick();
    let added = f.state.add_step(id, "certificate", now).expect("add").ticket.expect("ticket");
    let before = added.journey.expect("journey");
    assert_eq!(before.iter().map(|s| s.queue.as_str()).collect::<Vec<_>>(), ["B", "B", "A"]);
    let now = f.tick();
    assert_eq!(f.state.skip_step_at(id, 1, seen, now).map(|c| c.kind), Err(DomainError::StepChanged(1)));
    let after = f.state.tickets().iter().find(|t| t.id.as_str() == id).and_then(|t| t.journey.clone()).expect("journey");
    assert_eq!(after, before, "nothing skipped");
    // The step desk 1 meant, where it is now.
    assert_eq!(f.state.skip_step_at(id, 2, seen, now).map(|c| c.kind), Ok(ChangeKind::JourneyChanged));
    // A queue alone, or a service alone, is checked too.
    assert_eq!(f.state.skip_step_at(id, 1, SeenStep { queue: Some("A"), service: None }, now).map(|c| c.kind), Err(DomainError::StepChanged(1)));
    assert_eq!(f.state.skip_step_at(id, 1, SeenStep { queue: None, service: Some("moving-in") }, now).map(|c| c.kind), Err(DomainError::StepChanged(1)));
}

#[test]
fn estimates_have_a_median_and_a_wider_p90() {
    let mut f = Fixture::new();
    for _ in 0..5 {
        f.issue_queue("A");
    }
    let a = QueueId::parse("A").expect("id");
    // Both counters are free: the first in line is called at once.
    assert_eq!(f.state.wait_estimate(&a, 1), WaitEstimate { p50: 0, p90: 0 });
    let e = f.state.wait_estimate(&a, 5);
    // Two go to the free counters; the fifth waits for 3 more turns × 600 s
    // ÷ 2 counters (counter 2 also serves B, where nobody waits).
    assert_eq!(e.p50, 900);
    assert!(e.p90 > e.p50 && e.p90 < 5 * e.p50 / 2, "{e:?}");
    // Once both counters are busy, even the first in line waits for one.
    for counter in ["1", "2"] {
        let now = f.tick();
        f.state.call_next(counter, now).expect("call").expect("someone waits");
    }
    let next = f.state.wait_estimate(&a, 1);
    assert_eq!(next.p50, 300);
    assert!(next.p90 > next.p50);
}

#[test]
fn a_longer_line_elsewhere_takes_more_of_a_shared_counter() {
    let mut f = Fixture::new();
    f.issue_queue("A");
    for _ in 0..3 {
        f.issue_queue("B");
    }
    let a = QueueId::parse("A").expect("id");
    // Counter 2 calls the oldest head of A and B: B, with three times the
    // line, gets three calls in four.
    assert!((f.state.open_counters(&a) - 1.25).abs() < 1e-9);
}

#[test]
fn one_long_consultation_among_many_is_left_out() {
    let mut f = Fixture::new();
    let a = QueueId::parse("A").expect("id");
    let serve = |f: &mut Fixture, minutes: i64| {
        let t = f.issue_queue("A");
        let now = f.tick();
        f.state.call_next("1", now).expect("call").expect("waits");
        f.now += SignedDuration::from_mins(minutes);
        let now = f.tick();
        f.state.finish(t.id.as_str(), now).expect("finish");
    };
    for _ in 0..6 {
        serve(&mut f, 8);
    }
    let before = f.state.service_seconds(&a);
    serve(&mut f, 90);
    let after = f.state.service_seconds(&a);
    assert!((after - before).abs() < 60.0, "{before} → {after}");
}

#[test]
fn a_counter_shared_with_a_busy_queue_gives_each_half_its_time() {
    let mut f = Fixture::new();
    f.issue_queue("A");
    f.issue_queue("B");
    let a = QueueId::parse("A").expect("id");
    let b = QueueId::parse("B").expect("id");
    // Counter 1 serves A alone; counter 2 splits between A and B.
    assert!((f.state.open_counters(&a) - 1.5).abs() < 1e-9);
    assert!((f.state.open_counters(&b) - 0.5).abs() < 1e-9);
}

#[test]
fn a_long_consultation_does_not_swing_the_service_time() {
    let mut f = Fixture::new();
    let a = QueueId::parse("A").expect("id");
    for minutes in [5, 6, 7, 120] {
        let t = f.issue_queue("A");
        let now = f.tick();
        f.state.call_next("1", now).expect("call");
        let done = now + SignedDuration::from_mins(minutes);
        f.state.finish(t.id.as_str(), done).expect("finish");
        f.now = done;
    }
    let s = f.state.service_seconds(&a);
    assert!((360.0..=420.0).contains(&s), "with few samples, the median: {s}");
}

#[test]
fn counters_that_have_not_called_yet_count_as_open_for_the_first_minutes() {
    let mut f = Fixture::new();
    for _ in 0..3 {
        f.issue_queue("A");
    }
    let a = QueueId::parse("A").expect("id");
    let now = f.tick();
    f.state.call_next("1", now).expect("call").expect("waits");
    // Counter 2 has not called yet but the day has just begun: the next in
    // line goes to it at once.
    assert_eq!(f.state.wait_estimate(&a, 1).p50, 0);
    // Twenty minutes on, counter 2 has still called nobody: only counter 1
    // is open, and it is busy.
    f.now += SignedDuration::from_mins(20);
    f.issue_queue("A");
    assert!(f.state.wait_estimate(&a, 1).p50 > 0);
}

/// Every event about a ticket carries its whole journey: adding steps stops
/// at the cap, and the journey is left as it was.
#[test]
fn a_journey_stops_growing_at_the_cap() {
    let mut f = Fixture::new();
    let t = f.issue_queue("A");
    for _ in 1..crate::journey::MAX_STEPS {
        let now = f.tick();
        f.state.add_step(t.id.as_str(), "certificate", now).expect("below the cap");
    }
    let now = f.tick();
    let e = f.state.add_step(t.id.as_str(), "certificate", now).expect_err("the thirteenth step");
    assert_eq!(e, DomainError::JourneyTooLong { max: crate::journey::MAX_STEPS });
    let now = f.tick();
    let kept = f.state.skip_step(t.id.as_str(), now).expect("the journey still works").ticket.expect("ticket");
    assert_eq!(kept.journey.expect("journey").len(), crate::journey::MAX_STEPS);

    let step = JourneyStep {
        service: None,
        also: Vec::new(),
        queue: QueueId::parse("A").expect("id"),
        section: crate::ids::SectionId::parse("shimin").expect("id"),
        status: StepStatus::Pending,
    };
    let long = vec![step; crate::journey::MAX_STEPS + 1];
    assert!(matches!(f.issue(IssueTarget::Journey(long)), Err(DomainError::JourneyTooLong { .. })));
}

#[test]
fn a_document_to_collect_frees_the_counter_and_is_ready_at_another() {
    let mut f = Fixture::new();
    let t = f.issue_queue("A");
    let other = f.issue_queue("A");
    let now = f.tick();
    f.state.call_next("1", now).expect("call");
    let now = f.tick();
    let c = f.state.prepare(t.id.as_str(), now).expect("prepare");
    assert_eq!((c.kind, c.ticket.as_ref().map(|t| t.status)), (ChangeKind::Preparing, Some(Status::Preparing)));
    // The counter is free and calls the next.
    let counter = CounterId::parse("1").expect("id");
    assert!(f.state.current_at(&counter).is_none());
    let now = f.tick();
    assert_eq!(f.state.call_next("1", now).expect("call").expect("next").ticket.expect("t").id, other.id);
    // Ready at counter 2; handed over: done.
    let now = f.tick();
    let r = f.state.make_ready(t.id.as_str(), "2", now).expect("ready");
    assert_eq!((r.kind, r.counter.as_ref().map(|c| c.as_str())), (ChangeKind::Ready, Some("2")));
    assert!(matches!(f.state.make_ready(t.id.as_str(), "2", now), Err(DomainError::Transition(_))), "ready once");
    let now = f.tick();
    assert_eq!(f.state.finish(t.id.as_str(), now).expect("finish").ticket.expect("t").status, Status::Done);
    // A waiting ticket cannot skip to pickup.
    let w = f.issue_queue("A");
    assert!(matches!(f.state.prepare(w.id.as_str(), now), Err(DomainError::Transition(_))));
}
