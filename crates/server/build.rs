//! The pages and locale catalogs are embedded in the binary; rebuild when
//! they change.
fn main() {
    for dir in ["../../kiosk-ui", "../../display-board", "../../config"] {
        println!("cargo:rerun-if-changed={dir}");
    }
}
