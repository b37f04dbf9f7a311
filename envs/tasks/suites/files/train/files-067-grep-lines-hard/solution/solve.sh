#!/usr/bin/env bash
grep -v 'pearl' /workspace/river.log > /workspace/delta.log
