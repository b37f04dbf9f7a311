#!/usr/bin/env bash
grep 'brick' /workspace/orchid.log | sort > /workspace/falcon.log
