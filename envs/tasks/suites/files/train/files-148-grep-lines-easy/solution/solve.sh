#!/usr/bin/env bash
grep 'WARN' /workspace/river.log > /workspace/stone.log
