#!/usr/bin/env bash
cut -d, -f3 /workspace/people.csv > /workspace/nectar.txt
