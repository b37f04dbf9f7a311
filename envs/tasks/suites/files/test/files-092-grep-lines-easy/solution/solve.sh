#!/usr/bin/env bash
grep 'ERROR' /workspace/lemon.log > /workspace/velvet.log
