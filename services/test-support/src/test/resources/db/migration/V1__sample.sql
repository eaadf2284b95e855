create table sample_effect (assignment_id uuid not null, note text not null);
