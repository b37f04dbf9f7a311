#!/usr/bin/env bash
grep -v 'mango' /workspace/velvet.log > /workspace/island.log
