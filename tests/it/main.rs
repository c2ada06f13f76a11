//! The integration tests, in one binary so that the typst stack is linked once: each
//! module runs the real `agenda` binary (or the library, where a process adds nothing)
//! on the sample and on fixtures.

mod archive;
mod build;
mod cache;
mod calendar;
mod common;
mod deadlines;
mod diff;
mod docx;
mod errors;
mod glossary;
mod groups;
mod hostile;
mod index;
mod integrity;
mod languages;
mod letter;
mod new;
mod numbered;
mod pages;
mod parts;
mod register;
mod revisions;
mod schema;
mod serve;
mod tagged;
mod timeplan;
mod unicode;
