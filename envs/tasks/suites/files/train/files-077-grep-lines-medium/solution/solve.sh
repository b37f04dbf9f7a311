#!/usr/bin/env bash
grep 'pearl' /workspace/frost.log > /workspace/kettle.log
