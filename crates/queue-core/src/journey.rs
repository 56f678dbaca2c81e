//! Life events resolved into journeys: the counters one ticket visits.

use crate::config::{LifeEvent, Office};
use crate::ids::{QueueId, SectionId, ServiceId};
use crate::ticket::{JourneyStep, StepStatus};
use std::collections::HashMap;

/// The most steps a journey may have, counting the visit it started with.
/// Every step of a ticket travels with each event about it (the boards, the
/// desks and the resident's phone get the whole ticket), so an unbounded
/// journey makes every broadcast about it unbounded too; twelve counters is
/// far beyond any real life event.
pub const MAX_STEPS: usize = 12;

/// Why a life event cannot be turned into a journey at an office.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JourneyError {
    #[error("office {office} handles none of the services of life event {event}")]
    NotOffered { office: String, event: String },
}

/// One service of a life event that an office offers, with the question
/// that decides it: what [`resolve`] starts from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offered<'a> {
    pub service: ServiceId,
    pub queue: &'a QueueId,
    pub section: &'a SectionId,
    /// The question whose "no" leaves this service out; `None` always stays.
    pub when: Option<&'a str>,
}

impl Offered<'_> {
    /// Whether the service stays with these answers (unanswered stays).
    pub fn kept(&self, answers: &HashMap<String, bool>) -> bool {
        self.when.is_none_or(|q| answers.get(q) != Some(&false))
    }
}

/// The services of `event` that `office` offers, in the event's order.
pub fn offered<'a>(event: &'a LifeEvent, office: &'a Office) -> impl Iterator<Item = Offered<'a>> {
    event.steps.iter().filter_map(move |step| {
        let service = step.service.get_ref();
        let queue = office.queue_for_service(service)?;
        Some(Offered {
            service: ServiceId::parse(service).ok()?,
            queue: &queue.id,
            section: queue.section.get_ref(),
            when: step.when.as_ref().map(|q| q.get_ref().as_str()),
        })
    })
}

/// The steps of `event` at `office` for the resident's `answers`.
///
/// * A step whose question was answered `false` is left out; unanswered
///   questions keep their steps, so nobody misses a counter.
/// * Services the office does not offer are left out.
/// * Consecutive services in the same queue become one visit (`also`), so the
///   resident is called once per counter, not once per form. Merging comes
///   after the answers: a visit left out can bring its neighbours together.
pub fn resolve(event: &LifeEvent, office: &Office, answers: &HashMap<String, bool>) -> Result<Vec<JourneyStep>, JourneyError> {
    let steps = merge(offered(event, office).filter(|o| o.kept(answers)));
    if steps.is_empty() {
        return Err(JourneyError::NotOffered { office: office.id.to_string(), event: event.id.clone() });
    }
    Ok(steps)
}

/// Every visit the event may need at the office (nothing answered), each with
/// the offered services it groups, in order. A preview that leaves out the
/// services answered "no" and merges neighbouring visits of the same queue
/// gets exactly what [`resolve`] gives.
pub fn visits<'a>(event: &'a LifeEvent, office: &'a Office) -> Vec<Vec<Offered<'a>>> {
    let mut out: Vec<Vec<Offered<'a>>> = Vec::new();
    for o in offered(event, office) {
        match out.last_mut() {
            Some(visit) if visit.first().is_some_and(|v| v.queue == o.queue) => visit.push(o),
            _ => out.push(vec![o]),
        }
    }
    out
}

fn merge<'a>(services: impl Iterator<Item = Offered<'a>>) -> Vec<JourneyStep> {
    let mut steps: Vec<JourneyStep> = Vec::new();
    for o in services {
        match steps.last_mut() {
            Some(last) if &last.queue == o.queue => {
                if last.service.as_ref() != Some(&o.service) && !last.also.contains(&o.service) {
                    last.also.push(o.service);
                }
            }
            _ => steps.push(JourneyStep {
                service: Some(o.service),
                also: Vec::new(),
                queue: o.queue.clone(),
                section: o.section.clone(),
                status: StepStatus::Pending,
            }),
        }
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::WardConfig;

    const EVENTS: &str = r#"
[[questions]]
id = "children"
text = { ja = "子ども？", en = "Children?" }

[[life_events]]
id = "moving-in"
icon = "moving"
name = { ja = "転入", en = "Moved in" }
steps = [
  { service = "moving-in" },
  { service = "certificate" },
  { service = "moving-in", when = "children" },
]
"#;

    fn config() -> WardConfig {
        let text = crate::config::tests::SMALL.replace("[[offices]]", &format!("{EVENTS}\n[[offices]]"));
        WardConfig::parse(&text).expect("parses")
    }

    #[test]
    fn answers_drop_steps_and_same_queue_steps_merge() {
        let c = config();
        let e = c.life_event("moving-in").expect("event");
        let office = &c.offices[0];
        let all = resolve(e, office, &HashMap::new()).expect("steps");
        assert_eq!(all.iter().map(|s| s.queue.as_str()).collect::<Vec<_>>(), ["A", "B", "A"]);
        let no_children = resolve(e, office, &HashMap::from([("children".to_owned(), false)])).expect("steps");
        assert_eq!(no_children.len(), 2);
    }

    /// What a kiosk previews from `visits` (drop the services answered
    /// "no", merge neighbours in the same queue) is what `resolve` issues,
    /// for every combination of answers, including a left-out visit that
    /// brings two visits of one queue together.
    #[test]
    fn visits_with_answers_applied_are_the_resolved_journey() {
        let text = crate::config::tests::SMALL.replace(
            "[[offices]]",
            &format!("{}\n[[offices]]", EVENTS
                .replace("{ service = \"certificate\" }", "{ service = \"certificate\", when = \"children\" }")
                .replace("{ service = \"moving-in\", when = \"children\" }", "{ service = \"moving-in\" }")),
        );
        for c in [config(), WardConfig::parse(&text).expect("parses")] {
            let e = c.life_event("moving-in").expect("event");
            let office = &c.offices[0];
            let all = visits(e, office);
            assert_eq!(all.len(), resolve(e, office, &HashMap::new()).expect("steps").len());
            for answer in [None, Some(true), Some(false)] {
                let answers: HashMap<String, bool> = answer.map(|a| ("children".to_owned(), a)).into_iter().collect();
                let preview = merge(all.iter().flatten().filter(|o| o.kept(&answers)).cloned());
                assert_eq!(preview, resolve(e, office, &answers).expect("steps"), "answers {answers:?}");
            }
        }
        // The second: without children, A · B · A becomes one visit to A.
        let c = WardConfig::parse(&text).expect("parses");
        let e = c.life_event("moving-in").expect("event");
        assert_eq!(visits(e, &c.offices[0]).len(), 3);
        assert_eq!(resolve(e, &c.offices[0], &HashMap::from([("children".to_owned(), false)])).expect("steps").len(), 1);
    }

    #[test]
    fn a_life_event_longer_than_a_journey_names_its_line() {
        let steps = (0..=MAX_STEPS).map(|i| format!("  {{ service = \"{}\" }},\n", if i % 2 == 0 { "moving-in" } else { "certificate" })).collect::<String>();
        let event = format!("[[life_events]]\nid = \"long\"\nicon = \"moving\"\nname = {{ ja = \"長い\" }}\nsteps = [\n{steps}]\n");
        let text = crate::config::tests::SMALL.replace("[[offices]]", &format!("{event}\n[[offices]]"));
        let e = WardConfig::parse(&text).expect_err("thirteen steps");
        assert!(e.message.contains("more than 12 steps"), "{e}");
        let first = text.lines().position(|l| l.contains("steps = [")).expect("steps") + 1;
        assert_eq!(e.line, Some(first + MAX_STEPS + 1), "{e}");
        let twelve = text.replacen("  { service = \"moving-in\" },\n]", "]", 1);
        assert!(WardConfig::parse(&twelve).is_ok());
    }

    #[test]
    fn unknown_services_and_questions_in_events_name_their_line() {
        let text = crate::config::tests::SMALL.replace("[[offices]]", &format!("{}\n[[offices]]", EVENTS.replace("{ service = \"certificate\" }", "{ service = \"nope\" }")));
        let e = WardConfig::parse(&text).expect_err("unknown service");
        assert!(e.line.is_some() && e.message.contains("unknown service"), "{e}");
        let text = crate::config::tests::SMALL.replace("[[offices]]", &format!("{}\n[[offices]]", EVENTS.replace("when = \"children\"", "when = \"pets\"")));
        let e = WardConfig::parse(&text).expect_err("unknown question");
        assert!(e.message.contains("unknown question"), "{e}");
    }
}
