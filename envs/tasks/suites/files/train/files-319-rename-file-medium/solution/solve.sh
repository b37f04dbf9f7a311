#!/usr/bin/env bash
mv /workspace/docs/orchid.txt /workspace/docs/river.txt
