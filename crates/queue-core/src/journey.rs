//! Life events resolved into journeys: the counters one ticket visits.

use crate::config::{LifeEvent, Office};
use crate::ids::ServiceId;
use crate::ticket::{JourneyStep, StepStatus};
use std::collections::HashMap;

/// Why a life event cannot be turned into a journey at an office.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JourneyError {
    #[error("office {office} handles none of the services of life event {event}")]
    NotOffered { office: String, event: String },
}

/// The steps of `event` at `office` for the resident's `answers`.
///
/// * A step whose question was answered `false` is left out; unanswered
///   questions keep their steps, so nobody misses a counter.
/// * Services the office does not offer are left out.
/// * Consecutive services in the same queue become one visit (`also`), so the
///   resident is called once per counter, not once per form.
pub fn resolve(event: &LifeEvent, office: &Office, answers: &HashMap<String, bool>) -> Result<Vec<JourneyStep>, JourneyError> {
    let mut steps: Vec<JourneyStep> = Vec::new();
    for step in &event.steps {
        if let Some(q) = &step.when {
            if answers.get(q.get_ref().as_str()) == Some(&false) {
                continue;
            }
        }
        let service = step.service.get_ref();
        let Some(queue) = office.queue_for_service(service) else { continue };
        let Ok(service) = ServiceId::parse(service) else { continue };
        match steps.last_mut() {
            Some(last) if last.queue == queue.id => {
                if last.service.as_ref() != Some(&service) && !last.also.contains(&service) {
                    last.also.push(service);
                }
            }
            _ => steps.push(JourneyStep {
                service: Some(service),
                also: Vec::new(),
                queue: queue.id.clone(),
                section: queue.section.get_ref().clone(),
                status: StepStatus::Pending,
            }),
        }
    }
    if steps.is_empty() {
        return Err(JourneyError::NotOffered { office: office.id.to_string(), event: event.id.clone() });
    }
    Ok(steps)
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
