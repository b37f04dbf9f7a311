#!/usr/bin/env bash
grep -v 'walnut' /workspace/orchid.log > /workspace/velvet.log
