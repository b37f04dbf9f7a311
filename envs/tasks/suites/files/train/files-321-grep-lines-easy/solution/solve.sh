#!/usr/bin/env bash
grep 'WARN' /workspace/kettle.log > /workspace/orchid.log
