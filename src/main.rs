fn main() {
    println!("portmig (being written)");
}
