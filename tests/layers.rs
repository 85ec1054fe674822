//! The core's modules are layers: each uses only those the README lists before it ("How it is built", the tree
//! under `src/core/`), so that no rule imports back up and the README's order stays the code's.

use std::fs;
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The core's modules in the README's order; modules listed on one line share a rank.
fn readme_layers() -> Vec<Vec<String>> {
    let readme = fs::read_to_string(Path::new(ROOT).join("README.md")).expect("README.md");
    let tree = readme.split_once("\nsrc/core/ ").expect("the README's tree lists src/core/").1;
    let tree = tree.split_once("\nsrc/wasm/ ").expect("the README's tree lists src/wasm/ after src/core/").0;
    tree.lines()
        // A module of the core is named at two spaces in; deeper lines are a folder's own files.
        .filter(|line| line.starts_with("  ") && !line.starts_with("   "))
        .map(|line| {
            let names = line.trim_start().split("  ").next().unwrap_or("");
            names
                .split(' ')
                .filter_map(|name| name.strip_suffix(".rs").or_else(|| name.strip_suffix('/')))
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|rank| !rank.is_empty())
        .collect()
}

/// The modules `src/core/mod.rs` declares.
fn declared_modules() -> Vec<String> {
    let text = fs::read_to_string(Path::new(ROOT).join("src/core/mod.rs")).expect("src/core/mod.rs");
    text.lines().filter_map(|l| l.strip_prefix("pub mod ")?.strip_suffix(';')).map(str::to_string).collect()
}

/// The Rust files of module `name`: `name.rs`, or every file under the folder `name/`.
fn files_of(name: &str) -> Vec<PathBuf> {
    let core = Path::new(ROOT).join("src/core");
    let file = core.join(format!("{name}.rs"));
    if file.exists() {
        return vec![file];
    }
    let mut files = Vec::new();
    let mut folders = vec![core.join(name)];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).expect("a module's folder") {
            let path = entry.expect("a folder entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files
}

/// The core modules a file's code (not its tests) names: `crate::core::<module>`, and `explain` for `notes!`.
fn modules_used(path: &Path) -> Vec<String> {
    let text = fs::read_to_string(path).expect("a source file");
    let code = text.split("#[cfg(test)]\nmod tests").next().unwrap_or("");
    let mut used: Vec<String> = code
        .split("crate::core::")
        .skip(1)
        .map(|rest| rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect())
        .collect();
    if code.contains("notes! {") {
        used.push("explain".to_string());
    }
    used
}

#[test]
fn each_core_module_uses_only_those_listed_before_it() {
    let layers = readme_layers();
    let rank = |name: &str| layers.iter().position(|r| r.iter().any(|m| m == name));
    let declared = declared_modules();
    assert!(declared.len() > 15, "src/core/mod.rs declares the core's modules: {declared:?}");
    for module in &declared {
        let Some(own) = rank(module) else {
            panic!("src/core/{module} is not in the README's tree of src/core/");
        };
        for file in files_of(module) {
            for used in modules_used(&file) {
                if used == *module {
                    continue;
                }
                let below = rank(&used).is_some_and(|r| r < own);
                assert!(below, "{} uses `{used}`, which the README does not list before `{module}`", file.display());
            }
        }
    }
}

#[test]
fn the_readme_lists_every_core_module_once() {
    let listed: Vec<String> = readme_layers().concat();
    let mut declared = declared_modules();
    let mut sorted = listed.clone();
    sorted.sort();
    declared.sort();
    assert_eq!(sorted, declared, "the README's tree of src/core/ against src/core/mod.rs (in order: {listed:?})");
}
