#!/usr/bin/env bash
grep 'sunny' /workspace/sunny.log > /workspace/orchid.log
