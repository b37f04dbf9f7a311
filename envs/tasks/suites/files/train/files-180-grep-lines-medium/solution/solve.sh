#!/usr/bin/env bash
grep 'kettle' /workspace/timber.log > /workspace/kettle.log
