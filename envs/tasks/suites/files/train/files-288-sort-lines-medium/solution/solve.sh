#!/usr/bin/env bash
sort -o /workspace/orchid.txt /workspace/orchid.txt
